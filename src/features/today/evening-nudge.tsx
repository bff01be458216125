import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { readDeviceKey, writeDeviceKey } from '@/db/device-keys';
import { listWinsForDay } from '@/db/repo/wins';
import { EVENING_NOTE } from './day-notes';
import { eveningNoteDue, LOGGED_DAY_KEY } from '@/domain/day-note-rules';
import { useLoggingDay } from './use-logging-day';

/** In the evening, while today has no win yet, one quiet line. Never once today is logged. */
export function EveningNudge() {
  const { day, isBackfill } = useLoggingDay();
  const count = useLiveQuery(async () => (await listWinsForDay(day)).length, [day]);
  useEffect(() => {
    if (count !== undefined && !isBackfill) writeDeviceKey(LOGGED_DAY_KEY, count > 0 ? day : null);
  }, [count, day, isBackfill]);
  // Until the database answers, what the shell went by.
  const loggedDay = count === undefined ? readDeviceKey(LOGGED_DAY_KEY) : count > 0 ? day : null;
  if (isBackfill || !eveningNoteDue(new Date(), day, loggedDay)) return null;
  return <p className="note">{EVENING_NOTE}</p>;
}
