import { useLiveQuery } from 'dexie-react-hooks';
import { countDaysWithWins } from '@/db/repo/wins';
import { weekStartOf } from '@/domain/day';

/** Acknowledges the first win of the day. Counts days with a win; never a streak that can break. */
export function ShowedUp({ today }: { today: string }) {
  const daysThisWeek = useLiveQuery(() => countDaysWithWins(weekStartOf(today), today), [today]);
  return (
    <p className="showed-up">
      You showed up for yourself today.
      {daysThisWeek !== undefined && daysThisWeek > 1 && ` That makes ${daysThisWeek} days with a win this week.`}
    </p>
  );
}
