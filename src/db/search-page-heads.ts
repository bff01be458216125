import type { DBCoreKeyRange, DBCoreRangeType, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { SearchPageRow } from './search-pages';

// Fewer words than this are asked for one by one, as a save's are: no count, no keys read.
const ASK_EACH_BELOW = 1_000;
// A key read in a slice of keys costs about a seventh of a row asked for by its own request
// (measured in Chromium), so reading every key beats asking for each word's open page while
// the table holds fewer than this many rows per word asked about.
const KEYS_PER_ASKED_WORD = 4;
// Keys per read: each read's keys arrive, and are looked through, in one main-thread task.
const KEYS_PER_READ = 10_000;
// Open pages asked for per task: every request is made, and answered, on the main thread.
const HEADS_PER_READ = 2_000;

// Dexie declares its range types as an ambient const enum, which isolatedModules cannot read.
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- Dexie's own numbers for them */
const RANGE = 2 as DBCoreRangeType;
const ANY = 3 as DBCoreRangeType;
/* eslint-enable @typescript-eslint/no-unsafe-enum-assignment */
const everyKey: DBCoreKeyRange = { type: ANY, lower: undefined, upper: undefined };
const keysAfter = (key: unknown): DBCoreKeyRange => ({ type: RANGE, lower: key, lowerOpen: true, upper: undefined });

/** The words (or shelves) with a row at `page`, from the keys alone, a slice of keys per task. */
function wordsWithPage(pages: DBCoreTable, trans: DBCoreTransaction, wanted: number): Promise<Set<string>> {
  const words = new Set<string>();
  const readFrom = (range: DBCoreKeyRange): Promise<Set<string>> =>
    pages
      .query({ trans, values: false, limit: KEYS_PER_READ, query: { index: pages.schema.primaryKey, range } })
      .then(({ result }) => {
        const keys = result as [string, number][];
        for (const [word, page] of keys) if (page === wanted) words.add(word);
        const last = keys.at(-1);
        return last === undefined || keys.length < KEYS_PER_READ ? words : readFrom(keysAfter(last));
      });
  return readFrom(everyKey);
}

/** The words worth asking for: all of them, or only those the keys say have a row at `page`. */
function wordsToAsk(pages: DBCoreTable, trans: DBCoreTransaction, words: readonly string[], page: number): Promise<readonly string[]> {
  if (words.length < ASK_EACH_BELOW) return Promise.resolve(words);
  return pages.count({ trans, query: { index: pages.schema.primaryKey, range: everyKey } }).then((rows) => {
    // An import into a new phone's empty index asks for nothing at all.
    if (rows > words.length * KEYS_PER_ASKED_WORD) return words;
    return wordsWithPage(pages, trans, page).then((having) => words.filter((word) => having.has(word)));
  });
}

/**
 * Each word's row at `page`, where it has one, a bounded number of requests per task: its open
 * page (0), or with shelf keys for words, their shelves (search-shared-pages.ts).
 * Written with `.then`, as the middleware that calls it is (see search-pages.ts).
 */
export function readPagesAt<Row extends SearchPageRow>(
  pages: DBCoreTable,
  trans: DBCoreTransaction,
  words: readonly string[],
  page: number,
): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  const readFrom = (asked: readonly string[], start: number): Promise<Map<string, Row>> => {
    if (start >= asked.length) return Promise.resolve(rows);
    const keys = asked.slice(start, start + HEADS_PER_READ).map((word) => [word, page]);
    return pages.getMany({ trans, keys }).then((found) => {
      for (const row of found as (Row | undefined)[]) if (row) rows.set(row.word, row);
      return readFrom(asked, start + HEADS_PER_READ);
    });
  };
  return wordsToAsk(pages, trans, words, page).then((asked) => readFrom(asked, 0));
}
