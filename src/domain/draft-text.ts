// Apart from draft.ts, which the first screen loads: only sharing and the lock screen need this.

/**
 * The draft's words with more after them on a new line (text shared in from another app, or
 * written on the lock screen): neither is ever lost, and words already there are not doubled.
 */
export function withTextAdded(draftText: string, added: string): string {
  if (!draftText.trim()) return added;
  // Already there (the same share opened twice): once is enough.
  if (draftText.includes(added)) return draftText;
  return `${draftText.trimEnd()}\n${added}`;
}
