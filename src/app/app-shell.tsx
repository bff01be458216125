import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Announcer } from '@/components/announcer';
import { ShellFrame } from '@/components/shell-frame';
import { useHeightVariable } from '@/components/use-height-variable';
import { UndoNotice } from '@/features/today/undo-notice';
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
  const notices = useRef<HTMLDivElement>(null);
  const wasLocked = useRef(locked);
  useEffect(() => {
    // The Unlock button has gone with the lock screen: focus would fall to the page itself.
    // The screen behind it takes it, unless one of its own fields (Today's) already has.
    const main = document.getElementById('main');
    if (wasLocked.current && !locked && !main?.contains(document.activeElement)) main?.focus();
    wasLocked.current = locked;
  }, [locked]);
  // The page scrolls what Tab reaches clear of the notices (global.css, scroll-padding).
  useHeightVariable(notices, '--notices-height');
  return (
    <ShellFrame
      nav={!locked}
      notices={
        <>
          {/* One column for every notice, so two at once stack instead of one hiding the
              other (and its buttons still taking focus underneath). */}
          <div className="notices" ref={notices}>
            {!locked && <UndoNotice />}
            <PwaNotices />
          </div>
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
