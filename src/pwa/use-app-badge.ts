import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { listWinsForDay } from '@/db/repo/wins';
import { useCurrentDay } from '@/hooks/use-current-day';

/**
 * The home-screen icon shows a dot while today has no win yet, and clears with the first
 * one. Best effort: only where the Badging API exists (installed apps on some platforms).
 */
export function useAppBadge(): void {
  const today = useCurrentDay();
  const count = useLiveQuery(async () => (await listWinsForDay(today)).length, [today]);

  useEffect(() => {
    if (count === undefined || !('setAppBadge' in navigator)) return;
    const update = count === 0 ? navigator.setAppBadge() : navigator.clearAppBadge();
    update.catch(() => undefined);
  }, [count]);
}
