import { lazy, Suspense, type ReactNode } from 'react';
import { Announcer } from '@/components/announcer';
import { ShellFrame } from '@/components/shell-frame';
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
        <StorageProblemNotice problem={storageProblem} />
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
