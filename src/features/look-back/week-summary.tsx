import { useLiveQuery } from 'dexie-react-hooks';
import { summariseWeek } from '@/db/repo/look-back';
import { weekStartOf } from '@/domain/day';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useSettings } from '@/hooks/use-settings';
import { useValues } from '@/hooks/use-values';

function plural(count: number, one: string, many: string): string {
  return count === 1 ? `one ${one}` : `${count} ${many}`;
}

/** This week, gently: wins, days with a win, the values that showed up, and the chosen rhythm. */
export function WeekSummary() {
  const today = useCurrentDay();
  const { weeklyRhythm } = useSettings();
  const values = new Map(useValues().map((value) => [value.id, value.text]));
  const week = useLiveQuery(() => summariseWeek(weekStartOf(today), today), [today]);
  if (!week) return <section className="panel week-summary" aria-busy="true" />;

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
      {weeklyRhythm !== null && (
        <p className="muted">
          Your rhythm is {plural(weeklyRhythm, 'day', 'days')} a week; this week has held{' '}
          {plural(week.daysWithAWin, 'day', 'days')} with a win so far.
        </p>
      )}
      {week.topValues.length > 0 && (
        <p className="muted">
          Values that showed up: {week.topValues.map((entry) => values.get(entry.valueId) ?? 'a value').join(', ')}.
        </p>
      )}
    </section>
  );
}
