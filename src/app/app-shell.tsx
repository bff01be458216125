import { lazy, Suspense, type ReactNode } from 'react';
import { Announcer } from '@/components/announcer';
import { ShellFrame } from '@/components/shell-frame';
import { PwaNotices } from '@/pwa/pwa-notices';
import { useAppBadge } from '@/pwa/use-app-badge';
import { useAppStore } from '@/store/store';
import { useLockWatch } from './use-lock-watch';

// Only people who set a lock ever see this screen, so it stays out of the first download.
const LockScreen = lazy(() => import('@/features/lock/lock-screen').then((m) => ({ default: m.LockScreen })));
// Rare too, and it replaces the screen rather than joining it: the moment its code takes to
// arrive (from the offline cache) never moves anything already shown.
const StorageProblemNotice = lazy(() => import('@/components/storage-problem-notice').then((m) => ({ default: m.StorageProblemNotice })));

export function AppShell({ children }: { children: ReactNode }) {
  const storageProblem = useAppStore((state) => state.storageProblem);
  const locked = useAppStore((state) => state.locked);
  useLockWatch();
  useAppBadge();
  return (
    <ShellFrame
      nav={!locked}
      notices={
        <>
          <PwaNotices />
          <Announcer />
        </>
      }
    >
      {storageProblem ? (
        <Suspense fallback={null}>
          <StorageProblemNotice problem={storageProblem} />
        </Suspense>
      ) : locked ? (
        <Suspense fallback={null}>
          <LockScreen />
        </Suspense>
      ) : (
        children
      )}
    </ShellFrame>
  );
}
