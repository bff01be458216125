import { Dexie } from 'dexie';
import { SEARCH_PAGE_SIZE } from '../search-pages';
import { db } from '../database';

/** The search pages of every word beginning with `prefix` ("walk" covers "walked"). */
export function searchPagesFrom(prefix: string) {
  return db.searchPages.where('[word+page]').between([prefix, Dexie.minKey], [`${prefix}\uffff`, Dexie.maxKey]);
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
  const ids = new Set<string>();
  for (const row of await searchPagesFrom(prefix).toArray()) for (const id of row.ids) ids.add(id);
  return ids.size >= upTo ? null : [...ids];
}
