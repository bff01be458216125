export const TAG_MAX_LENGTH = 40;
/** Tags on one win, at most: far more than anyone uses, and what an import accepts. */
export const TAGS_MAX = 100;

/**
 * Turns "walk, Morning , walk" into ["walk", "Morning"]: trimmed, no empties,
 * no repeats (ignoring case), each at most TAG_MAX_LENGTH characters.
 */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, TAG_MAX_LENGTH);
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
