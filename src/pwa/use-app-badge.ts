import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { listWinsForDay } from '@/db/repo/wins';
import { useCurrentDay } from '@/hooks/use-current-day';

// Today's count as last seen, so the dot can be put right again once the person allows it
// (on iPhone, setAppBadge does nothing until notifications are allowed).
let lastCount: number | undefined;

function showBadge(): void {
  if (lastCount === undefined || !('setAppBadge' in navigator)) return;
  const update = lastCount === 0 ? navigator.setAppBadge() : navigator.clearAppBadge();
  update.catch(() => undefined);
}

/** Shows or clears the dot again, as today stands; for just after the person allowed it. */
export function refreshAppBadge(): void {
  showBadge();
}

/**
 * The home-screen icon shows a dot while today has no win yet, and clears with the first
 * one. Best effort: only where the Badging API exists (installed apps on some platforms),
 * and only while the app is open: nothing runs at the start of a new day while it is closed.
 */
export function useAppBadge(): void {
  const today = useCurrentDay();
  const count = useLiveQuery(async () => (await listWinsForDay(today)).length, [today]);

  useEffect(() => {
    lastCount = count;
    showBadge();
  }, [count]);
}
