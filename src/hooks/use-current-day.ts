import { useEffect, useState } from 'react';
import { dayOf } from '@/domain/day';
import { useSettings } from './use-settings';

const RECHECK_EVERY_MS = 60 * 1000;

/**
 * The day a win saved now counts for. Rechecked every minute and whenever the
 * app comes back to the foreground, since a phone app can stay open past midnight.
 */
export function useCurrentDay(): string {
  const { dayStartsAtHour } = useSettings();
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const tick = () => setNow(new Date());
    const timer = window.setInterval(tick, RECHECK_EVERY_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  return dayOf(now, dayStartsAtHour);
}
