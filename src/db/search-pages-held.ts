import type { DBCore, DBCoreTransaction } from 'dexie';
import { addToPages, heldWords, SEARCH_PAGES_TABLE } from './search-pages';

// Bulk writes' side of the search pages, apart from search-pages.ts so that the first screen,
// whose saves never hold their words, does not download it.

/**
 * Keeps the words of every win written in `trans` until writeHeldSearchWords: for bulk writes,
 * where writing them chunk by chunk would rewrite the common words' open pages every chunk.
 * `newIds` are wins the caller has checked are not stored (in this same transaction): putting
 * them then skips reading what they replace, since they replace nothing.
 */
export function holdSearchWords(trans: DBCoreTransaction, newIds: ReadonlySet<string>): void {
  heldWords.set(trans, { words: new Map(), newIds });
}

/** Writes what holdSearchWords kept for `trans`, in it. */
export async function writeHeldSearchWords(core: DBCore, trans: DBCoreTransaction): Promise<void> {
  const holding = heldWords.get(trans);
  heldWords.delete(trans);
  if (holding) await addToPages(core.table(SEARCH_PAGES_TABLE), trans, holding.words);
}
