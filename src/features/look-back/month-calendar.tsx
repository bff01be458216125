import { addMonths, getDay, getDaysInMonth, lightFormat } from 'date-fns';
import { dateOfDay } from '@/domain/day';
import { Link, useLocation, useSearch } from 'wouter';
import { daysWithWins } from '@/db/repo/history';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useLiveQueryFor } from '@/hooks/use-live-query-for';
import { readSearch, writeSearch } from './search-params';

// Long and short: the short ones show when the long would not fit a column (large text).
const weekdays = [
  ['Mon', 'Mo'],
  ['Tue', 'Tu'],
  ['Wed', 'We'],
  ['Thu', 'Th'],
  ['Fri', 'Fr'],
  ['Sat', 'Sa'],
  ['Sun', 'Su'],
] as const;
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });
const fullDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * A month of days. Days with a win get a soft dot; a day without one is just a day,
 * never marked. Every day opens, to look at or to fill in.
 */
export function MonthCalendar() {
  const today = useCurrentDay();
  const thisMonth = today.slice(0, 7);
  // The month shown lives in the address, so a day opened from it and left again (its Back
  // link, or the browser's back) comes back to this month, not to the current one.
  const [location, navigate] = useLocation();
  const search = readSearch(useSearch());
  const month = search.month !== undefined && search.month < thisMonth ? search.month : thisMonth;
  const setMonth = (next: string) =>
    navigate(`${location}${writeSearch({ ...search, month: next === thisMonth ? undefined : next })}`, { replace: true });
  const withWins = useLiveQueryFor(month, daysWithWins);
  const first = dateOfDay(`${month}-01`);
  const leading = (getDay(first) + 6) % 7;
  const days = Array.from({ length: getDaysInMonth(first) }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`);
  const shift = (step: number) => setMonth(lightFormat(addMonths(first, step), 'yyyy-MM'));

  return (
    <section aria-labelledby="calendar-title" className="panel calendar">
      <div className="section-title-row">
        <button type="button" className="button button-quiet" onClick={() => shift(-1)} aria-label="Previous month">
          ‹
        </button>
        <h2 id="calendar-title" aria-live="polite">
          {monthName.format(first)}
        </h2>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => shift(1)}
          disabled={month >= thisMonth}
          aria-label="Next month"
        >
          ›
        </button>
      </div>
      <ol className="calendar-grid">
        {weekdays.map(([long, short]) => (
          <li key={long} className="calendar-weekday" aria-hidden="true">
            <span className="calendar-weekday-long">{long}</span>
            <span className="calendar-weekday-short">{short}</span>
          </li>
        ))}
        {Array.from({ length: leading }, (_, index) => (
          <li key={`blank-${index}`} aria-hidden="true" />
        ))}
        {days.map((day) => {
          const hasWin = withWins?.has(day) ?? false;
          const label = `${fullDate.format(dateOfDay(day))}${hasWin ? ', has wins' : ''}`;
          return (
            <li key={day}>
              {day > today ? (
                <span className="calendar-day calendar-future" aria-hidden="true">
                  {Number(day.slice(8))}
                </span>
              ) : (
                <Link
                  id={`day-${day}`}
                  href={`/look-back/day/${day}`}
                  className={hasWin ? 'calendar-day calendar-has-win' : 'calendar-day'}
                  aria-label={label}
                  aria-current={day === today ? 'date' : undefined}
                >
                  {Number(day.slice(8))}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
