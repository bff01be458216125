import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { onThisDay } from '@/db/repo/look-back';
import { useCurrentDay } from '@/hooks/use-current-day';

/** Wins from a week, a month and a year ago, shown only when there are some. */
export function OnThisDay() {
  const today = useCurrentDay();
  const groups = useLiveQuery(() => onThisDay(today), [today]);
  if (!groups || groups.length === 0) return null;
  return (
    <section className="panel on-this-day" aria-labelledby="on-this-day-title">
      <h2 id="on-this-day-title">On this day</h2>
      {groups.map((group) => (
        <div key={group.day} className="on-this-day-group">
          <p className="eyebrow">
            <Link href={`/look-back/day/${group.day}`}>{group.label}</Link>
          </p>
          <ul className="value-latest">
            {group.wins.map((win) => (
              <li key={win.id} className="win-text">
                {win.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
