import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { wordsOfStored, type StoredSearchWords } from '@/domain/search-text';
import { readPagesAt } from './search-page-heads';
import { SHELF_PAGE, shelfKeyOf, shelve, type ShelfRow } from './search-shared-pages';

/**
 * The search index: for every word, the ids of the wins holding it, a page of ids per row.
 *
 * Why not a multi-entry index on wins? IndexedDB pays per index entry, and wins hold about
 * eleven words each: importing 100,000 wins wrote 1.1 million entries, six of the import's
 * eighteen seconds. A row of 256 ids costs about what one entry does, so these pages take a
 * few thousand rows instead.
 *
 * Each word's page 0 is its open page: ids are appended there, and when it holds a page's
 * worth they move to a sealed page numbered 1, 2, 3… (`sealed` counts them). So a word's
 * sealed pages are full, and the keys alone bound how many ids a prefix holds. A rare word has
 * no pages of its own: it shares a shelf row with others (search-shared-pages.ts).
 *
 * Ids are only ever added. A win edited to lose a word, or deleted, stays in that word's
 * pages: every search checks the rows it reads against their own words and deletion, so a
 * stale id costs a read, never a wrong result.
 */
export const SEARCH_PAGE_SIZE = 256;
export const SEARCH_PAGES_TABLE = 'searchPages';

export interface SearchPageRow {
  word: string;
  page: number;
  ids: string[];
  /** On page 0 only: how many sealed pages the word has. */
  sealed?: number;
}

/** Rows holding `added` (word → new ids) on top of each word's open page (`heads`, page 0 rows). */
export function pagesAfterAdding(
  added: ReadonlyMap<string, readonly string[]>,
  heads: ReadonlyMap<string, SearchPageRow>,
): SearchPageRow[] {
  const rows: SearchPageRow[] = [];
  for (const [word, ids] of added) {
    const head = heads.get(word);
    const open = head ? [...head.ids, ...ids] : [...ids];
    let sealed = head?.sealed ?? 0;
    let start = 0;
    for (; open.length - start >= SEARCH_PAGE_SIZE; start += SEARCH_PAGE_SIZE) {
      sealed += 1;
      rows.push({ word, page: sealed, ids: open.slice(start, start + SEARCH_PAGE_SIZE) });
    }
    rows.push({ word, page: 0, ids: open.slice(start), sealed });
  }
  return rows;
}

/** Word → ids for these wins' words; `before` (by id) skips words a win already had. */
export function wordsToAdd(
  wins: readonly { id: string; searchWords?: StoredSearchWords }[],
  before: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const win of wins) {
    if (win.searchWords === undefined) continue;
    const had = new Set(before.get(win.id));
    for (const word of wordsOfStored(win.searchWords)) {
      if (had.has(word)) continue;
      const ids = added.get(word);
      if (ids) ids.push(win.id);
      else added.set(word, [win.id]);
    }
  }
  return added;
}

// Bounds on each request when many words are added at once (an import): its rows are built,
// copied and handed to IndexedDB in one main-thread task. IndexedDB pays per row, however small
// (tens of microseconds each in Chromium), as well as per id copied: held to ids alone, an
// import whose words turn up once each (names, places) put 20,000 rows in one task of 600 ms.
export const ROWS_PER_WRITE = 500;
export const IDS_PER_WRITE = 20_000;
// Requests waiting in the transaction while the next one's rows are built, so storage is not
// left idle between them (as the import's own chunks of wins do).
const WRITES_IN_FLIGHT = 3;

/** The rows a word's new ids touch, and the ids those rows hold, on top of its open page. */
function touched(ids: readonly string[], head: SearchPageRow | undefined): { rows: number; ids: number } {
  const held = (head?.ids.length ?? 0) + ids.length;
  return { rows: Math.floor(held / SEARCH_PAGE_SIZE) + 1, ids: held };
}

/** `items` in order, split into requests of at most ROWS_PER_WRITE rows and IDS_PER_WRITE ids each; an item with more goes alone. */
function inBatches<T>(items: Iterable<T>, cost: (item: T) => { rows: number; ids: number }): T[][] {
  const batches: T[][] = [];
  let batch: T[] = [];
  let rows = 0;
  let ids = 0;
  for (const item of items) {
    const more = cost(item);
    if (batch.length > 0 && (rows + more.rows > ROWS_PER_WRITE || ids + more.ids > IDS_PER_WRITE)) {
      batches.push(batch);
      batch = [];
      rows = 0;
      ids = 0;
    }
    batch.push(item);
    rows += more.rows;
    ids += more.ids;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** `added` split into requests (inBatches), a word never split, in the order the words came. */
export function writeBatches(
  added: ReadonlyMap<string, readonly string[]>,
  heads: ReadonlyMap<string, SearchPageRow>,
): Map<string, readonly string[]>[] {
  return inBatches(added, ([word, ids]) => touched(ids, heads.get(word))).map((entries) => new Map(entries));
}

// What a shelved word costs a request besides its ids, counted as ids: its entry is an object
// and an array of its own to copy. An import of 100,000 names, one win each, put 20,000 of them
// in one request, and one task of 127 ms; counted this way, a request holds some 5,000.
export const SHELF_ENTRY_COST = 3;

/** Shelf rows in requests (inBatches), a shelf never split. */
export function shelfBatches(shelves: readonly ShelfRow[]): ShelfRow[][] {
  return inBatches(shelves, (shelf) => ({
    rows: 1,
    ids: shelf.rare.reduce((sum, entry) => sum + entry.ids.length + SHELF_ENTRY_COST, 0),
  }));
}

/**
 * Each request's rows made just before it goes, in the task that hears an earlier request
 * answered: that is where the page breathes between them. breathe()'s timer cannot be used
 * inside a transaction, which takes requests only from its own callbacks and commits as soon as
 * none is waiting.
 */
function writeInTurn(pages: DBCoreTable, trans: DBCoreTransaction, requests: readonly (() => SearchPageRow[])[]): Promise<void> {
  const writing: Promise<unknown>[] = [];
  const writeFrom = (index: number): Promise<void> => {
    const rows = requests[index];
    if (!rows) return Promise.all(writing).then(() => undefined);
    const write = pages.mutate({ trans, type: 'put', values: rows() });
    // Awaited in turn; a failure aborts the transaction, and the writes behind it then fail too.
    write.catch(() => undefined);
    writing.push(write);
    const turn = writing.length >= WRITES_IN_FLIGHT ? writing.shift() : undefined;
    return turn ? turn.then(() => writeFrom(index + 1)) : writeFrom(index + 1);
  };
  return writeFrom(0);
}

/**
 * Writes `added` into the pages, reading only the words' open pages and, for words without
 * pages of their own, their shelves (search-shared-pages.ts).
 */
export function addToPages(pages: DBCoreTable, trans: DBCoreTransaction, added: Map<string, string[]>): Promise<void> {
  return readPagesAt(pages, trans, [...added.keys()], 0).then((heads) => {
    const paged = new Map<string, readonly string[]>();
    const unpaged = new Map<string, readonly string[]>();
    for (const [word, ids] of added) (heads.has(word) ? paged : unpaged).set(word, ids);
    const shelfKeys = [...new Set(Array.from(unpaged.keys(), shelfKeyOf))];
    return readPagesAt<ShelfRow>(pages, trans, shelfKeys, SHELF_PAGE).then((stored) => {
      const { shelves, ownPages } = shelve(unpaged, stored);
      // Words off their shelves have no open page yet: pagesAfterAdding starts one with all their ids.
      for (const [word, ids] of ownPages) paged.set(word, ids);
      return writeInTurn(pages, trans, [
        ...writeBatches(paged, heads).map((words) => () => pagesAfterAdding(words, heads)),
        ...shelfBatches(shelves).map((rows) => () => rows),
      ]);
    });
  });
}

/**
 * A bulk write's words, kept until the end (search-pages-held.ts), and the wins it has checked
 * are not stored yet: a put of one of those has nothing to read back first.
 */
interface Holding {
  words: Map<string, string[]>;
  newIds: ReadonlySet<string>;
}

/** Transactions holding their words; only the import's module sets them, so saves ship without it. */
export const heldWords = new WeakMap<DBCoreTransaction, Holding>();

function hold(into: Map<string, string[]>, added: Map<string, string[]>): void {
  for (const [word, ids] of added) {
    const kept = into.get(word);
    if (kept) kept.push(...ids);
    else into.set(word, ids);
  }
}

const isUpgrade = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

/**
 * Written with `.then`, not `async`/`await`, as Dexie's own middlewares are: inside a
 * transaction Dexie swaps in its own Promise to follow the transaction from step to step, and
 * an `async` function's native awaits step outside it. With two writes to wins at once (a
 * quick pick's ✓ and Enter) the caller's next step then lost its transaction and the save
 * failed with PrematureCommitError.
 *
 * Keeps the pages in step with every write to wins, whoever makes it: every read-write
 * transaction over wins also takes the pages, and every added or replaced win adds its new
 * words in that same transaction, so a win and its place in search are saved together or not
 * at all. Upgrades are left alone: the version that made the pages builds them itself.
 */
export function searchPagesMiddleware(winsTable: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'search-pages',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.includes(winsTable) && !stores.includes(SEARCH_PAGES_TABLE) ? [...stores, SEARCH_PAGES_TABLE] : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        if (name !== winsTable) return table;
        return {
          ...table,
          mutate: (request) => {
            if ((request.type !== 'add' && request.type !== 'put') || isUpgrade(request.trans)) return table.mutate(request);
            const key = table.schema.primaryKey.extractKey;
            const values = request.values as { id: string; searchWords?: StoredSearchWords }[];
            const holding = heldWords.get(request.trans);
            // Only a win being replaced has words filed already; a bulk write's new ones are skipped.
            const readBefore =
              request.type === 'put' && key
                ? table.getMany({ trans: request.trans, keys: values.filter((row) => !holding?.newIds.has(row.id)).map(key) })
                : Promise.resolve([]);
            return readBefore.then((stored) => {
              const before = new Map<string, readonly string[]>();
              for (const row of stored as ({ id: string; searchWords?: StoredSearchWords } | undefined)[]) {
                if (row?.searchWords !== undefined) before.set(row.id, wordsOfStored(row.searchWords));
              }
              return table.mutate(request).then((result) => {
                const written = result.numFailures === 0 ? values : values.filter((_, index) => !(index in result.failures));
                const added = wordsToAdd(written, before);
                if (holding) {
                  hold(holding.words, added);
                  return result;
                }
                return addToPages(down.table(SEARCH_PAGES_TABLE), request.trans, added).then(() => result);
              });
            });
          },
        };
      },
    }),
  };
}
