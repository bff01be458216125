import { lazy, Suspense, type ReactNode } from 'react';
import { Announcer } from '@/components/announcer';
import { BottomNav } from '@/components/bottom-nav';
import { StorageProblemNotice } from '@/components/storage-problem-notice';
import { PwaNotices } from '@/pwa/pwa-notices';
import { useAppBadge } from '@/pwa/use-app-badge';
import { useAppStore } from '@/store/store';
import { useLockWatch } from './use-lock-watch';

// Only people who set a lock ever see this screen, so it stays out of the first download.
const LockScreen = lazy(() => import('@/features/lock/lock-screen').then((m) => ({ default: m.LockScreen })));

export function AppShell({ children }: { children: ReactNode }) {
  const storageProblem = useAppStore((state) => state.storageProblem);
  const locked = useAppStore((state) => state.locked);
  useLockWatch();
  useAppBadge();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <main id="main" className="screen" tabIndex={-1}>
        {storageProblem ? (
          <StorageProblemNotice problem={storageProblem} />
        ) : locked ? (
          <Suspense fallback={null}>
            <LockScreen />
          </Suspense>
        ) : (
          children
        )}
      </main>
      <PwaNotices />
      <Announcer />
      {!locked && <BottomNav />}
    </div>
  );
}
