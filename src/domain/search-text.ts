/** Lowercase, without accents: "Wálked" → "walked". How text is compared when searching. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Printable ASCII and white space, where folding is lowercasing and a word is letters and
// digits: the same words as the full path, found several times faster (an import finds them
// for every one of 100,000 wins on the page).
const PLAIN = /^[ -~\s]*$/;

/** The distinct folded words in a piece of text; what a win is indexed by for search. */
export function searchWordsOf(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    const found = PLAIN.test(text) ? text.toLowerCase().match(/[a-z0-9]+/g) : foldText(text).match(/[\p{L}\p{N}]+/gu);
    for (const word of found ?? []) words.add(word);
  }
  return [...words];
}

/**
 * A win's search words as it stores them: one string, the words joined by single spaces (a word
 * never holds one). Chromium's IndexedDB writes an array of a dozen short strings far slower than
 * the same words joined: 100,000 wins took 7.2 s with arrays and 5.7 s joined, as fast as rows with
 * no words at all. Wins saved before 2 December 2026 hold an array; whatever reads the words takes
 * either, so no upgrade has to rewrite every win.
 */
export type StoredSearchWords = string | readonly string[];

/** What a win is found by: the words of its text, why it mattered and its tags, as stored. */
export function winSearchWords(win: { text: string; why: string; tags: readonly string[] }): string {
  return searchWordsOf(win.text, win.why, ...win.tags).join(' ');
}

/** The words a win stored, in either form. */
export function wordsOfStored(stored: StoredSearchWords | undefined): readonly string[] {
  if (stored === undefined) return [];
  if (typeof stored !== 'string') return stored;
  return stored === '' ? [] : stored.split(' ');
}

/** The query's words, folded; every one must begin some word of a matching win. */
export function queryWords(query: string): string[] {
  return searchWordsOf(query);
}

/** Whether a win's stored words hold every query word as the start of one of them. */
export function matchesQuery(words: StoredSearchWords, query: readonly string[]): boolean {
  if (typeof words === 'string') {
    // Joined by spaces: a word starts the string or follows a space. No split for each row read.
    return query.every((part) => words.startsWith(part) || words.includes(` ${part}`));
  }
  return query.every((part) => words.some((word) => word.startsWith(part)));
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits text into parts, marking whole words that begin with a query word, for highlighting. */
export function highlightParts(text: string, query: readonly string[]): TextPart[] {
  if (query.length === 0) return [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = found[0];
    const start = found.index;
    if (!query.some((part) => foldText(word).startsWith(part))) continue;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: word, match: true });
    last = start + word.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
