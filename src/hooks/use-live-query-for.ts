import { useLiveQuery } from 'dexie-react-hooks';

/**
 * useLiveQuery for a query about one thing (a day, a month, a slip), that answers undefined
 * until the answer about the current one has arrived. useLiveQuery keeps its last answer while
 * it asks about a new key, so a screen moving to another day showed the day before's wins
 * under the new heading (or last month's dots on this month) for a frame or more.
 */
export function useLiveQueryFor<K, T>(key: K, query: (key: K) => Promise<T>): T | undefined {
  const answer = useLiveQuery(async () => ({ key, value: await query(key) }), [key]);
  return answer !== undefined && Object.is(answer.key, key) ? answer.value : undefined;
}
