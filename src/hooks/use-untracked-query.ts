import { useEffect, useState, type DependencyList } from 'react';
import { onTablesChanged } from '@/db/tables-changed';

/**
 * Like useLiveQuery, for queries that read thousands of keys: useLiveQuery records every
 * key a query reads so that it re-runs only when one of them changes, and at 100,000 wins
 * that bookkeeping cost more than the search itself. This re-runs on any change to the
 * named tables instead (here or in another tab), which for a search is just as right.
 * The last answer stays on screen until the next one replaces it.
 */
export type QueryState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' };

export function useUntrackedQuery<T>(run: () => Promise<T>, deps: DependencyList, tables: readonly string[]): QueryState<T> {
  const [answer, setAnswer] = useState<QueryState<T>>({ status: 'loading' });
  const tablesKey = tables.join();

  useEffect(() => {
    let current = true;
    let latest = 0;
    const load = () => {
      const mine = (latest += 1);
      run().then(
        (value) => {
          if (current && mine === latest) setAnswer({ status: 'ready', value });
        },
        () => {
          if (current && mine === latest) setAnswer({ status: 'error' });
        },
      );
    };
    load();
    const stopListening = onTablesChanged(tablesKey.split(','), load);
    return () => {
      current = false;
      stopListening();
    };
    // `run` is a new function each render; the caller's deps say when it means something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tablesKey]);

  return answer;
}
