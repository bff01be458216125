import { Link, useLocation, useParams } from 'wouter';
import { ShareWinButton } from '@/components/share-win-button';
import { listWinsForDay } from '@/db/repo/wins';
import { dayHeading, isFutureDay } from '@/domain/day';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useLiveQueryFor } from '@/hooks/use-live-query-for';
import { useScreenTitle } from '@/hooks/use-screen-title';
import { useAppStore } from '@/store/store';
import { HistoryWin } from './history-win';
import { writeSearch } from './search-params';

/** Look back at this day's month, with focus on this day in its calendar: the next day is a step away. */
function backToCalendar(day: string, today: string): string {
  const month = day.slice(0, 7);
  return `/look-back${writeSearch({ query: '', filter: {}, month: month === today.slice(0, 7) ? undefined : month })}#day-${day}`;
}

/** One day from the past: its wins, and a way to add to it. */
export function DayScreen() {
  const { day } = useParams<{ day: string }>();
  const today = useCurrentDay();
  const [, navigate] = useLocation();
  const updateDraft = useAppStore((state) => state.updateDraft);
  const wins = useLiveQueryFor(day, listWinsForDay);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day));
  const shown = valid && !isFutureDay(day, today);
  useScreenTitle(shown ? dayHeading(day, today) : 'Look back');

  if (!shown) {
    return (
      <div className="not-found">
        <header className="screen-header">
          <h1>That day is not one to look back on</h1>
        </header>
        <p>The link may point to a day that has not come yet. Your wins are safe.</p>
        <Link href="/look-back" className="button button-primary">
          Back to Look back
        </Link>
      </div>
    );
  }

  function addToThisDay() {
    updateDraft({ day: day === today ? null : day });
    navigate('/');
  }

  return (
    <div className="day-view">
      <header className="screen-header">
        <p className="eyebrow">Look back</p>
        <h1>{dayHeading(day, today)}</h1>
      </header>
      {/* Nothing under the heading until the day's wins are read: drawn first, its buttons were
          pushed down as the wins came in above them. */}
      {wins !== undefined && (
        <>
          {wins.length === 0 && <p className="empty">No wins written for this day yet. Anything you remember counts.</p>}
          <ul className="history-list">
            {wins.map((win) => (
              <li key={win.id}>
                <HistoryWin win={win} actions={<ShareWinButton win={win} />} />
              </li>
            ))}
          </ul>
          <button type="button" className="button button-primary" onClick={addToThisDay}>
            Add to or change this day’s wins
          </button>
          <Link href={backToCalendar(day, today)} className="link-button">
            Back to Look back
          </Link>
        </>
      )}
    </div>
  );
}
