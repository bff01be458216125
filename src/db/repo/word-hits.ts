import { Dexie } from 'dexie';
import { SEARCH_PAGE_SIZE } from '../search-pages';
import { isShelf, SHELF_PAGE, shelfOutsideRange, shelvedIdsFrom, type ShelfRow } from '../search-shared-pages';
import { db } from '../database';

/** The search pages of every word beginning with `prefix` ("walk" covers "walked"), and the shelves in that range. */
export function searchPagesFrom(prefix: string) {
  return db.searchPages.where('[word+page]').between([prefix, Dexie.minKey], [`${prefix}\uffff`, Dexie.maxKey]);
}

/**
 * Every id the index holds for a word beginning with `prefix`: the words' own pages, and the
 * rare words' shelves (search-shared-pages.ts), which a prefix longer than a shelf's key reads
 * on its own. Call inside a transaction over searchPages.
 */
export async function idsOfWordsFrom(prefix: string): Promise<Set<string>> {
  const outside = shelfOutsideRange(prefix);
  const [rows, shelf] = await Promise.all([
    searchPagesFrom(prefix).toArray(),
    outside === null ? undefined : (db.searchPages.get([outside, SHELF_PAGE]) as Promise<ShelfRow | undefined>),
  ]);
  if (shelf) rows.push(shelf);
  const ids = new Set<string>();
  for (const row of rows) for (const id of isShelf(row) ? shelvedIdsFrom(row, prefix) : row.ids) ids.add(id);
  return ids;
}

/**
 * The ids of the wins holding a word that begins with `prefix`, from the search pages, or
 * null when there are surely `upTo` or more (too many to be worth reading: walking back through
 * time finds a page of them sooner). The keys alone say how many sealed, full pages the prefix
 * covers, so a common word is turned away without reading its ids. May include wins since
 * deleted or edited: the caller checks each row it reads. Call inside a transaction over
 * searchPages.
 */
export async function winsWithWordFrom(prefix: string, upTo: number): Promise<string[] | null> {
  const keys = await searchPagesFrom(prefix).primaryKeys();
  const sealed = keys.filter(([, page]) => page > 0).length;
  if (sealed * SEARCH_PAGE_SIZE >= upTo) return null;
  const ids = await idsOfWordsFrom(prefix);
  return ids.size >= upTo ? null : [...ids];
}
