import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { BRIEF_AWAY_MS, endBriefAway, isBriefAway } from '@/components/brief-away';
import { readSettings } from '@/db/repo/settings';
import { rememberLockHint } from '@/store/slices/lock-slice';
import { useAppStore } from '@/store/store';

/** Locks on open and after the chosen time in the background, when a lock is set. */
export function useLockWatch(): void {
  // undefined until read: only the first reading can lock "on open".
  const lock = useLiveQuery(async () => (await readSettings()).lock);
  const firstReading = useRef(true);
  const hiddenAt = useRef<number | null>(null);
  const briefAway = useRef(false);

  useEffect(() => {
    if (lock === undefined) return;
    const { lock: lockNow, unlock, lockSettingRead } = useAppStore.getState();
    rememberLockHint(lock !== null);
    const opening = firstReading.current;
    firstReading.current = false;
    // Turning the lock on does not lock the person out; opening the app with it on does.
    if (lock === null) unlock();
    else if (opening) lockNow();
    lockSettingRead();
    if (lock === null) return;
    const afterMs = lock.afterMinutes * 60_000;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        hiddenAt.current = Date.now();
        // A file picker or the share sheet the app opened gets a few minutes' grace.
        briefAway.current = isBriefAway();
        // Otherwise locked as it leaves, not as it comes back: the phone's app switcher keeps
        // a picture of the last screen, and that picture should already be the lock.
        if (afterMs === 0 && !briefAway.current) lockNow();
      } else {
        const allowed = briefAway.current ? Math.max(afterMs, BRIEF_AWAY_MS) : afterMs;
        endBriefAway();
        if (hiddenAt.current !== null && Date.now() - hiddenAt.current >= allowed) lockNow();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [lock]);
}
