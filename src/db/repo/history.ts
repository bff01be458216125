import { Dexie } from 'dexie';
import { matchesFilter, type HistoryFilter } from '@/domain/history-filter';
import { matchesQuery, queryWords } from '@/domain/search-text';
import type { Win } from '@/domain/win';
import { db } from '../database';
import { prepareWinTimeOrder, winTimeOrder } from './time-order';
import { winsWithWordFrom } from './word-hits';

/**
 * Where a walk back through time stopped: the day and moment of the last win passed, and
 * the ids already passed at that moment (wins can share one, from an imported file), so the
 * next page neither skips nor repeats any of them.
 */
export interface TimelineCursor {
  upTo: [day: string, createdAt: number];
  seen: readonly string[];
}

const newestFirst = (a: Win, b: Win) => b.day.localeCompare(a.day) || b.createdAt - a.createdAt;

/** Where to carry on after `rows` (newest first), which were read from `from`. */
export function cursorAfter(rows: readonly Win[], from: TimelineCursor | null): TimelineCursor | null {
  const last = rows.at(-1);
  if (!last) return from;
  const here = rows.filter((win) => win.day === last.day && win.createdAt === last.createdAt).map((win) => win.id);
  const carried = from && from.upTo[0] === last.day && from.upTo[1] === last.createdAt ? from.seen : [];
  return { upTo: [last.day, last.createdAt], seen: [...carried, ...here] };
}

/** A page of wins, newest first, after `cursor` (see cursorAfter): index ranges, never an offset. */
export function listTimelinePage(cursor: TimelineCursor | null, limit: number, filter: HistoryFilter = {}): Promise<Win[]> {
  return db.transaction('r', db.wins, () =>
    walkNewestFirst((win) => win.deletedAt === null && matchesFilter(win, filter), limit, cursor),
  );
}

export interface SearchResult {
  wins: Win[];
  /** How many wins match in all, when known without reading them all. */
  total: number | null;
}

// Up to this many wins holding the word, sorting them by time and reading the newest is
// quickest; past it the word is so common (one win in twenty at 100,000) that walking back
// from today finds a page of matches sooner.
export const SORT_HITS_UP_TO = 5000;
// Until the time order is ready, hits are sorted by reading every one, which pays only up
// to about this many.
const READ_ALL_HITS_UP_TO = 1500;
// Rows read per request: a page and a little more, so one request usually fills a page.
const BATCH = 64;
const WALK_BATCH = 250;

/**
 * Wins whose words begin with every word typed (case and accents ignored), newest first.
 * The longest query word goes through the search index; the rest, and the filter, are
 * checked on the rows read. No path reads the whole history.
 */
export function searchWins(query: string, filter: HistoryFilter, limit: number): Promise<SearchResult> {
  const words = queryWords(query);
  return db.transaction('r', [db.wins, db.searchPages], async () => {
    const keep = (win: Win) => win.deletedAt === null && matchesQuery(win.searchWords, words) && matchesFilter(win, filter);
    const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
    // One letter starts a word in most wins: counting them would cost more than walking.
    if (longest.length < 2) return { wins: await walkNewestFirst(keep, limit), total: null };
    const order = winTimeOrder();
    if (!order) prepareWinTimeOrder().catch(() => undefined);
    const candidates = await winsWithWordFrom(longest, order ? SORT_HITS_UP_TO : READ_ALL_HITS_UP_TO);
    if (candidates === null) return { wins: await walkNewestFirst(keep, limit), total: null };
    if (order) {
      // Wins newer than the order (saved since it was read) count as newest.
      const place = (id: string) => order.get(id) ?? order.size;
      candidates.sort((a, b) => place(b) - place(a));
    }
    // Sorted, the newest rows are read until a page is full; unsorted, every one.
    const batch = order ? BATCH : candidates.length;
    const wins: Win[] = [];
    let read = 0;
    while (wins.length < limit && read < candidates.length) {
      const rows = await db.wins.bulkGet(candidates.slice(read, read + batch));
      read += batch;
      for (const win of rows) if (win && keep(win)) wins.push(win);
    }
    // The rows' own dates decide the order shown.
    wins.sort(newestFirst);
    return { wins: wins.slice(0, limit), total: read >= candidates.length ? wins.length : null };
  });
}

/**
 * The newest `limit` wins that `keep` accepts, after `from`, read back through time a batch at
 * a time in single requests (a filtered cursor costs a request per row). Call inside a
 * transaction over wins.
 */
async function walkNewestFirst(keep: (win: Win) => boolean, limit: number, from: TimelineCursor | null = null): Promise<Win[]> {
  const found: Win[] = [];
  let cursor = from;
  for (;;) {
    const seen = new Set(cursor?.seen);
    const range = cursor ? db.wins.where('[day+createdAt]').belowOrEqual(cursor.upTo) : db.wins.orderBy('[day+createdAt]');
    // The wins already passed at the cursor's moment come first again; the batch reads past them.
    const batch = await range.reverse().limit(WALK_BATCH + seen.size).toArray();
    const fresh = batch.filter((win) => !seen.has(win.id));
    for (const win of fresh) {
      if (keep(win)) found.push(win);
      if (found.length === limit) return found;
    }
    if (batch.length < WALK_BATCH + seen.size) return found;
    cursor = cursorAfter(fresh, cursor);
  }
}

/** The days in a month (`yyyy-MM`) that hold at least one win, read from the index keys alone. */
export function daysWithWins(month: string): Promise<Set<string>> {
  return db.transaction('r', db.wins, async () => {
    const rows = await db.wins
      .where('[day+createdAt]')
      .between([`${month}-01`, Dexie.minKey], [`${month}-31`, Dexie.maxKey])
      .filter((win) => win.deletedAt === null)
      .toArray();
    return new Set(rows.map((win) => win.day));
  });
}

/** The oldest kept win, for "go to the beginning". */
export function oldestWin(): Promise<Win | undefined> {
  return db.transaction('r', db.wins, () =>
    db.wins.orderBy('[day+createdAt]').filter((win) => win.deletedAt === null).first(),
  );
}
