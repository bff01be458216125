import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { searchWins } from '@/db/repo/history';
import { dayHeading } from '@/domain/day';
import type { HistoryFilter } from '@/domain/history-filter';
import { queryWords } from '@/domain/search-text';
import { useCurrentDay } from '@/hooks/use-current-day';
import { HistoryWin } from './history-win';

const PAGE = 50;

/** Results as the person types, newest first, a page at a time. */
export function SearchResults({ query, filter }: { query: string; filter: HistoryFilter }) {
  const today = useCurrentDay();
  const [limit, setLimit] = useState(PAGE);
  const result = useLiveQuery(() => searchWins(query, filter, limit), [query, JSON.stringify(filter), limit]);
  const words = queryWords(query);
  if (!result) return <div className="search-results" aria-busy="true" />;
  const count =
    result.total === null ? `${result.wins.length < limit ? result.wins.length : `${limit}+`}` : String(result.total);

  return (
    <section className="search-results" aria-labelledby="results-title">
      <h2 id="results-title" aria-live="polite">
        {result.wins.length === 0 ? 'No wins match yet' : count === '1' ? 'One win matches' : `${count} wins match`}
      </h2>
      {result.wins.length === 0 && <p className="muted">Try fewer words, or the start of a word: “walk” finds “walked” too.</p>}
      <ul className="history-list">
        {result.wins.map((win) => (
          <li key={win.id}>
            <p className="muted history-day">{dayHeading(win.day, today)}</p>
            <HistoryWin win={win} query={words} />
          </li>
        ))}
      </ul>
      {result.wins.length >= limit && (
        <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
          Show more
        </button>
      )}
    </section>
  );
}
