import { LOGGED_DAY_KEY } from '@/domain/day-note-rules';
import { writeDeviceKey } from '../device-keys';
import { listWinsForDay } from './wins';

/**
 * Wins that arrive other than through Today (a backup brought in) leave the Today shell's hint
 * of a logged day behind; this puts it right, so the next opening does not flash the evening
 * note for a day that already has a win. Today itself keeps it from then on (evening-nudge.tsx).
 */
export async function noteLoggedDay(today: string): Promise<void> {
  if ((await listWinsForDay(today)).length > 0) writeDeviceKey(LOGGED_DAY_KEY, today);
}
