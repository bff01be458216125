import { useLiveQuery } from 'dexie-react-hooks';
import { listWinsForDay } from '@/db/repo/wins';
import { useLoggingDay } from './use-logging-day';

const EVENING_FROM_HOUR = 17;

/** In the evening, while today has no win yet, one quiet line. Never once today is logged. */
export function EveningNudge() {
  const { day, isBackfill } = useLoggingDay();
  const count = useLiveQuery(async () => (await listWinsForDay(day)).length, [day]);
  if (isBackfill || count !== 0 || new Date().getHours() < EVENING_FROM_HOUR) return null;
  return <p className="note">The evening is a good moment to notice one small thing from today. Anything counts.</p>;
}
