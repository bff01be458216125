import { Dexie } from 'dexie';
import { matchesFilter, type HistoryFilter } from '@/domain/history-filter';
import { matchesQuery, queryWords } from '@/domain/search-text';
import type { Win } from '@/domain/win';
import { db } from '../database';

/** Where a page of the timeline ends: the next page starts just before it. */
export type TimelineCursor = [day: string, createdAt: number];

const newestFirst = (a: Win, b: Win) => b.day.localeCompare(a.day) || b.createdAt - a.createdAt;

/** A page of wins, newest first, before `cursor`: an index range, never an offset. */
export function listTimelinePage(cursor: TimelineCursor | null, limit: number, filter: HistoryFilter = {}): Promise<Win[]> {
  return db.transaction('r', db.wins, () => {
    const range = cursor ? db.wins.where('[day+createdAt]').below(cursor) : db.wins.orderBy('[day+createdAt]');
    return range
      .reverse()
      .filter((win) => win.deletedAt === null && matchesFilter(win, filter))
      .limit(limit)
      .toArray();
  });
}

export interface SearchResult {
  wins: Win[];
  /** How many wins match in all, when known without reading them all. */
  total: number | null;
}

// Below this many index hits, reading them all and sorting is quicker than walking by date.
const READ_ALL_BELOW = 1500;

/**
 * Wins whose words begin with every word typed (case and accents ignored), newest first.
 * The most selective query word goes through the search index; the rest are checked on
 * the rows read. When that word is common, the walk goes newest-first by date and stops
 * as soon as a page is full, so neither case reads the whole history.
 */
export function searchWins(query: string, filter: HistoryFilter, limit: number): Promise<SearchResult> {
  const words = queryWords(query);
  return db.transaction('r', db.wins, async () => {
    if (words.length === 0) return { wins: await listTimelinePage(null, limit, filter), total: null };
    const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? '';
    // Never read more of the index than the cut-off: one typed letter can reach most wins.
    const ids = await db.wins.where('searchWords').startsWith(longest).limit(READ_ALL_BELOW).primaryKeys();
    const keep = (win: Win) => win.deletedAt === null && matchesQuery(win.searchWords, words) && matchesFilter(win, filter);
    if (ids.length < READ_ALL_BELOW) {
      const rows = (await db.wins.bulkGet([...new Set(ids)])).filter((win): win is Win => win !== undefined && keep(win));
      rows.sort(newestFirst);
      return { wins: rows.slice(0, limit), total: rows.length };
    }
    const wins = await db.wins.orderBy('[day+createdAt]').reverse().filter(keep).limit(limit).toArray();
    return { wins, total: null };
  });
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
