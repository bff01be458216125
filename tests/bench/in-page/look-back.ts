// Looking back, from inside the page: what the app's own search returns for each query (so the
// harness knows what the screen must show once a keystroke has been answered), the app's data
// layer timed on its own (so a slow keystroke can be pinned on the query or on the render), and
// the naive yardstick: read every win and filter in JavaScript.
import { db } from '@/db/database';
import { listTimelinePage, oldestWin, searchWins } from '@/db/repo/history';
import { idsOfWordsFrom, searchPagesFrom } from '@/db/repo/word-hits';
import type { Win } from '@/domain/win';

export interface ExpectedSearch {
  query: string;
  /** The texts of the results, in order, as the results list must show them. */
  texts: string[];
  /** What searchWins says about the total: a number when it counted them all, else null. */
  total: number | null;
  /** searchWins on its own, in this page: the data layer of the keystroke. */
  ms: number;
}

/**
 * The app's own searchWins for each query, with the page size the results screen asks for. The
 * harness compares the screen against these texts, so no copy of the search can drift from it.
 */
export async function expectSearches(queries: string[], limit: number): Promise<ExpectedSearch[]> {
  const expected: ExpectedSearch[] = [];
  for (const query of queries) {
    const started = performance.now();
    const result = await searchWins(query, {}, limit);
    const ms = performance.now() - started;
    expected.push({ query, texts: result.wins.map((win) => win.text), total: result.total, ms });
  }
  return expected;
}

export interface IndexHits {
  prefix: string;
  /** Ids on the search pages of the words starting with the prefix (one per word per win). */
  entries: number;
  /** Distinct wins among them. */
  wins: number;
  ms: number;
}

/**
 * How much of the search index one prefix reaches, and how long reading all its pages takes
 * (searchWins reads their keys first and the ids only when there are few enough). For
 * explaining a slow keystroke.
 */
export async function timeIndexHits(prefix: string): Promise<IndexHits> {
  const started = performance.now();
  const [pages, ids] = await db.transaction('r', db.searchPages, () => Promise.all([searchPagesFrom(prefix).toArray(), idsOfWordsFrom(prefix)]));
  const ms = performance.now() - started;
  const entries = pages.reduce((sum, page) => sum + page.ids.length, 0);
  return { prefix, entries, wins: ids.size, ms };
}

/** The timeline's first page, as the screen asks for it, timed on its own. */
export async function timeTimelinePage(limit: number): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  const rows = await listTimelinePage(null, limit);
  return { ms: performance.now() - started, rows: rows.length };
}

/** The oldest kept win, by the app's own query: the last win the timeline must end on. */
export async function oldestText(): Promise<string | null> {
  return (await oldestWin())?.text ?? null;
}

export interface NaiveSearch {
  query: string;
  /** Read every win, filter, sort. */
  ms: number;
  /** The read alone: db.wins.toArray(). */
  loadMs: number;
  matches: number;
  /** The first ids, newest first, to check against the app's own search. */
  firstIds: string[];
}

// Held between the search and the heap reading, as a screen built this way would hold them.
let held: Win[] | null = null;

// Written here rather than imported from the app: the yardstick is the obvious way to do it,
// not the app's way, though it means the same thing (every query word begins some word).
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The "load every row and filter in JavaScript" approach: db.wins.toArray(), then every query
 * word (case and accents folded through NFD) must begin a word of the text, why or tags, then
 * newest first. The rows stay held until releaseNaive(), so the heap can be read with them.
 */
export async function timeNaiveSearch(query: string, firstCount: number): Promise<NaiveSearch> {
  held = null;
  const started = performance.now();
  const all = await db.wins.toArray();
  const loaded = performance.now();
  const queryWords = wordsOf(query);
  const matches = all.filter((win) => {
    if (win.deletedAt !== null) return false;
    const words = wordsOf(`${win.text} ${win.why} ${win.tags.join(' ')}`);
    return queryWords.every((part) => words.some((word) => word.startsWith(part)));
  });
  matches.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : b.createdAt - a.createdAt));
  const ms = performance.now() - started;
  held = all;
  return {
    query,
    ms,
    loadMs: loaded - started,
    matches: matches.length,
    firstIds: matches.slice(0, firstCount).map((win) => win.id),
  };
}

export function releaseNaive(): number {
  const count = held?.length ?? 0;
  held = null;
  return count;
}

/** The app's search's first ids for a query, to set against the yardstick's. */
export async function searchIds(query: string, limit: number): Promise<string[]> {
  return (await searchWins(query, {}, limit)).wins.map((win) => win.id);
}
