import type { SearchPageRow } from './search-pages';

/**
 * Rare words share rows. Most of a journal's distinct words turn up in a win or two (names,
 * places, a film), and a row of their own each made an import pay for a row per word: with a
 * name on every one of 100,000 wins, 100,000 extra rows took the import from 7 to 14 s. A word
 * held by at most RARE_UP_TO wins, with no pages of its own, lives in its shelf instead: one row
 * for every word beginning with the same SHELF_PREFIX letters, at page SHELF_PAGE. Past that
 * many wins it moves to pages of its own, and stays there.
 *
 * The shelf's key is the start of its words, so a search for a prefix of up to SHELF_PREFIX
 * letters finds the shelves in its own key range, and a longer one reads its one shelf too.
 */
export const SHELF_PREFIX = 3;
export const SHELF_PAGE = -1;
export const RARE_UP_TO = 8;

export interface RareWord {
  word: string;
  ids: readonly string[];
}

/** A shelf row: `word` holds the shelf's key; `ids` stays empty. */
export interface ShelfRow extends SearchPageRow {
  rare: RareWord[];
}

export const shelfKeyOf = (word: string) => word.slice(0, SHELF_PREFIX);

export const isShelf = (row: SearchPageRow): row is ShelfRow => row.page === SHELF_PAGE;

/**
 * The shelf a search for `prefix` must read besides its own key range, or null when the range
 * already holds it (a prefix of SHELF_PREFIX letters or fewer starts every shelf it needs).
 */
export function shelfOutsideRange(prefix: string): string | null {
  return prefix.length > SHELF_PREFIX ? shelfKeyOf(prefix) : null;
}

/** The ids of a shelf's words that begin with `prefix`. */
export function shelvedIdsFrom(row: ShelfRow, prefix: string): string[] {
  return row.rare.flatMap((entry) => (entry.word.startsWith(prefix) ? entry.ids : []));
}

export interface Shelving {
  /** Shelf rows to write, each whole. */
  shelves: ShelfRow[];
  /** Words that outgrew their shelf (or never fit one), with every id they now hold: they get pages of their own. */
  ownPages: Map<string, readonly string[]>;
}

/**
 * Where `added` (word → new ids, for words with no pages of their own) goes: onto the words'
 * shelves (`stored`, by shelf key, as read), or, for a word with more than RARE_UP_TO ids once
 * added, off its shelf onto pages of its own.
 */
export function shelve(added: ReadonlyMap<string, readonly string[]>, stored: ReadonlyMap<string, ShelfRow>): Shelving {
  const shelves = new Map<string, Map<string, readonly string[]>>();
  const shelfFor = (key: string) => {
    let words = shelves.get(key);
    if (!words) {
      words = new Map((stored.get(key)?.rare ?? []).map((entry) => [entry.word, entry.ids]));
      shelves.set(key, words);
    }
    return words;
  };
  const ownPages = new Map<string, readonly string[]>();
  for (const [word, ids] of added) {
    const shelf = shelfFor(shelfKeyOf(word));
    const before = shelf.get(word);
    // Most words of a big import are new to their shelf: their ids are taken as they are.
    const held = before ? [...before, ...ids] : ids;
    if (held.length > RARE_UP_TO) {
      shelf.delete(word);
      ownPages.set(word, held);
    } else {
      shelf.set(word, held);
    }
  }
  const rows: ShelfRow[] = [];
  for (const [key, words] of shelves) {
    rows.push({ word: key, page: SHELF_PAGE, ids: [], rare: Array.from(words, ([word, ids]) => ({ word, ids })) });
  }
  return { shelves: rows, ownPages };
}
