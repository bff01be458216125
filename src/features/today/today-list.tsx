import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { listWinsForDay } from '@/db/repo/wins';
import { readGoalTitles } from '@/db/repo/goal-titles';
import { dayInWords } from '@/domain/day';
import { useLiveQueryFor } from '@/hooks/use-live-query-for';
import { useJournalShown } from '@/hooks/use-journal-shown';
import { useValues } from '@/hooks/use-values';
import { ShowedUp } from './showed-up';
import { useLoggingDay } from './use-logging-day';
import { useKeptWinEdits } from './use-kept-win-edits';
import { WinCard } from './win-card';

/**
 * Today's wins, then `after` (what Today shows below them), which waits for the wins: coming
 * first, it was pushed down the screen as they arrived.
 */
export function TodayList({ after }: { after?: ReactNode }) {
  const { day, isBackfill } = useLoggingDay();
  const stored = useLiveQueryFor(day, listWinsForDay);
  const keptEdits = useKeptWinEdits();
  // Until the lock is known, as while the wins are read: the heading alone.
  const wins = useJournalShown() && keptEdits ? stored : undefined;
  const values = useValues();
  const goals = useLiveQuery(readGoalTitles, []);
  const names = {
    values: new Map(values.map((value) => [value.id, value.text])),
    goals: goals ?? new Map<string, string>(),
  };
  const title = isBackfill ? `Wins for ${dayInWords(day)}` : 'Today’s wins';

  return (
    <>
      <section className="today-list" aria-labelledby="today-list-title">
        {/* Focusable from code only: where focus waits when the undo notice goes. */}
        <h2 id="today-list-title" tabIndex={-1}>
          {title}
        </h2>
        {!isBackfill && wins !== undefined && wins.length > 0 && <ShowedUp today={day} />}
        {wins === undefined ? null : wins.length === 0 ? (
          // Two short lines rather than one long paragraph: easier to read on a phone, and the
          // note (which waits for the database) stays smaller than the date heading that paints
          // first, so it does not become the screen's largest paint and push LCP back.
          <div className="empty empty-lines">
            <p>{isBackfill ? 'No wins on this day yet.' : 'Nothing written yet.'}</p>
            <p>{isBackfill ? 'Anything you remember counts.' : 'Getting through today counts too.'}</p>
          </div>
        ) : (
          <ul>
            {wins.map((win) => (
              <WinCard key={win.id} win={win} names={names} keptEdit={keptEdits?.get(win.id)} />
            ))}
          </ul>
        )}
      </section>
      {wins !== undefined && after}
    </>
  );
}
