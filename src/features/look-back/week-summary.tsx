import { useLiveQuery } from 'dexie-react-hooks';
import { summariseWeek, type WeekSummary as Week } from '@/db/repo/look-back';
import { readSettings } from '@/db/repo/settings';
import { valuesRepo } from '@/db/repo/values';
import { weekStartOf } from '@/domain/day';

function plural(count: number, one: string, many: string): string {
  return count === 1 ? `one ${one}` : `${count} ${many}`;
}

interface WeekSoFar extends Week {
  weeklyRhythm: number | null;
  /** The names of the values that showed up, most often first. */
  valueNames: string[];
}

/**
 * This week's summary with the rhythm and the values' names it mentions, read in one go (undefined
 * until read): what arrives later grows the panel and pushes down whatever is under it.
 */
export function useWeekSoFar(today: string): WeekSoFar | undefined {
  return useLiveQuery(async () => {
    const [week, { weeklyRhythm }, values] = await Promise.all([
      summariseWeek(weekStartOf(today), today),
      readSettings(),
      valuesRepo.list(),
    ]);
    const names = new Map(values.map((value) => [value.id, value.text]));
    return { ...week, weeklyRhythm, valueNames: week.topValues.map((entry) => names.get(entry.valueId) ?? 'a value') };
  }, [today]);
}

/** This week, gently: wins, days with a win, the values that showed up, and the chosen rhythm. */
export function WeekSummary({ week }: { week: WeekSoFar }) {
  return (
    <section className="panel week-summary" aria-labelledby="week-title">
      <h2 id="week-title">This week so far</h2>
      {week.wins === 0 ? (
        <p>A new week, and room for whatever it brings. Any small win counts.</p>
      ) : (
        <p>
          You have kept {plural(week.wins, 'win', 'wins')}, on {plural(week.daysWithAWin, 'day', 'days')}.
        </p>
      )}
      {week.weeklyRhythm !== null && (
        <p className="muted">
          Your rhythm is {plural(week.weeklyRhythm, 'day', 'days')} a week; this week has held{' '}
          {plural(week.daysWithAWin, 'day', 'days')} with a win so far.
        </p>
      )}
      {week.valueNames.length > 0 && <p className="muted">Values that showed up: {week.valueNames.join(', ')}.</p>}
    </section>
  );
}
