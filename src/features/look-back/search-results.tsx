import { memo, useState } from 'react';
import { searchWins } from '@/db/repo/history';
import { dayHeading } from '@/domain/day';
import type { HistoryFilter } from '@/domain/history-filter';
import { queryWords } from '@/domain/search-text';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useUntrackedQuery } from '@/hooks/use-untracked-query';
import type { Win } from '@/domain/win';
import { HistoryWin } from './history-win';

const PAGE = 50;

// Memoised on the answer: while the next keystroke's answer is on its way, the shown list
// stays as it was instead of being marked up again for words it was not found by.
const ResultList = memo(function ResultList({ wins, query, today }: { wins: Win[]; query: string; today: string }) {
  const words = queryWords(query);
  return (
    <ul className="history-list">
      {wins.map((win) => (
        <li key={win.id}>
          <p className="muted history-day">{dayHeading(win.day, today)}</p>
          <HistoryWin win={win} query={words} />
        </li>
      ))}
    </ul>
  );
});

/** Results as the person types, newest first, a page at a time. */
export function SearchResults({ query, filter }: { query: string; filter: HistoryFilter }) {
  const today = useCurrentDay();
  const [limit, setLimit] = useState(PAGE);
  const answer = useUntrackedQuery(
    async () => ({ query, result: await searchWins(query, filter, limit) }),
    [query, JSON.stringify(filter), limit],
    ['wins'],
  );
  if (answer.status === 'loading') return <div className="search-results" aria-busy="true" />;
  if (answer.status === 'error') {
    return (
      <p className="search-results" role="alert">
        Searching did not work just now. Your wins are safe; try again, or reload the app.
      </p>
    );
  }
  const { query: answered, result } = answer.value;
  const count =
    result.total === null ? `${result.wins.length < limit ? result.wins.length : `${limit}+`}` : String(result.total);

  return (
    <section className="search-results" aria-labelledby="results-title">
      <h2 id="results-title" aria-live="polite">
        {result.wins.length === 0 ? 'No wins match yet' : count === '1' ? 'One win matches' : `${count} wins match`}
      </h2>
      {result.wins.length === 0 && <p className="muted">Try fewer words, or the start of a word: “walk” finds “walked” too.</p>}
      <ResultList wins={result.wins} query={answered} today={today} />
      {result.wins.length >= limit && (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
          Show more
        </button>
      )}
    </section>
  );
}
