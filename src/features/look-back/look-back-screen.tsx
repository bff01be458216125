import { useId, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { prepareWinTimeOrder } from '@/db/repo/time-order';
import { hasFilter } from '@/domain/history-filter';
import { useWhenIdle } from '@/hooks/use-when-idle';
import { MonthCalendar } from './month-calendar';
import { SearchFilters } from './search-filters';
import { readSearch, writeSearch, type HistorySearch } from './search-params';
import { SearchResults } from './search-results';
import { Timeline } from './timeline';
import { useWeekSoFar, WeekSummary } from './week-summary';
import { useScreenTitle } from '@/hooks/use-screen-title';
import { useCurrentDay } from '@/hooks/use-current-day';

function prepareOrderQuietly() {
  // A failure only means searches read a little more until the next try.
  prepareWinTimeOrder().catch(() => undefined);
}

/** Looking back: the week, a calendar, search with filters, and every win, newest first. */
export function LookBackScreen() {
  useScreenTitle('Look back');
  const [location, navigate] = useLocation();
  const current = readSearch(useSearch());
  const [showFilters, setShowFilters] = useState(hasFilter(current.filter));
  const ids = { search: useId(), filters: useId() };
  const searching = current.query.trim() !== '' || hasFilter(current.filter);
  // Ready before the first keystroke, so a search never waits on it; after the timeline's
  // first page, so that never waits on it either.
  useWhenIdle(prepareOrderQuietly, 1000);
  const week = useWeekSoFar(useCurrentDay());

  // The address holds the search, so it survives a reload and can be opened as a link.
  const update = (next: HistorySearch) => navigate(`${location}${writeSearch(next)}`, { replace: true });

  return (
    <div className="look-back">
      <header className="screen-header">
        <p className="eyebrow">Look back</p>
        <h1>Your wins so far</h1>
      </header>
      {/* Nothing under the heading until the week is read: drawn first, search and the calendar
          were pushed down as the week's summary came in above them. */}
      {week && (
        <>
          <WeekSummary week={week} />
          <div className="search" role="search">
            <label htmlFor={ids.search}>Search your wins</label>
            <input
              id={ids.search}
              type="search"
              className="text-input"
              value={current.query}
              onChange={(event) => update({ ...current, query: event.target.value })}
              autoComplete="off"
            />
            <button
              type="button"
              className="link-button"
              aria-expanded={showFilters}
              aria-controls={ids.filters}
              onClick={() => setShowFilters(!showFilters)}
            >
              {showFilters ? 'Hide filters' : 'Filters'}
            </button>
            <div id={ids.filters} hidden={!showFilters}>
              {showFilters && <SearchFilters filter={current.filter} onChange={(filter) => update({ ...current, filter })} />}
            </div>
          </div>
          {searching ? (
            <SearchResults query={current.query} filter={current.filter} />
          ) : (
            <>
              <MonthCalendar />
              <Timeline />
            </>
          )}
        </>
      )}
    </div>
  );
}
