import { useCurrentDay } from '@/hooks/use-current-day';
import { useAppStore } from '@/store/store';

/** The day new wins go to: a past day being filled in, or the current one. */
export function useLoggingDay(): { day: string; today: string; isBackfill: boolean } {
  const today = useCurrentDay();
  const chosen = useAppStore((state) => state.draft.day);
  const day = chosen ?? today;
  return { day, today, isBackfill: day !== today };
}
