import type { SearchPageRow } from '@/db/search-pages';
import { isShelf } from '@/db/search-shared-pages';

/**
 * Every id the search index holds for each word, in the order written, from its rows as
 * stored: a word's own pages (sealed pages 1, 2, … hold the oldest ids, the open page 0 the
 * newest) or its place on a shelf. Throws if a word is in both, which the index never allows.
 */
export function idsByWord(rows: readonly SearchPageRow[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const shelved = new Set<string>();
  const paged = new Set<string>();
  for (const row of rows) {
    if (isShelf(row)) {
      for (const { word, ids } of row.rare) {
        shelved.add(word);
        found[word] = [...ids];
      }
      continue;
    }
    paged.add(row.word);
    if (row.page === 0) found[row.word] = [...(found[row.word] ?? []), ...row.ids];
    else found[row.word] = [...row.ids, ...(found[row.word] ?? [])];
  }
  const both = [...shelved].filter((word) => paged.has(word));
  if (both.length > 0) throw new Error(`on a shelf and on pages of their own: ${both.join(', ')}`);
  return found;
}
