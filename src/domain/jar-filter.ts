/** Narrows the jar to one kind of slip: a tag, or one of the person's values (by id). */
export type JarFilter = { kind: 'tag' | 'value'; value: string };

/** A filter as one string for a <select>, and back. */
export function filterKey(filter: JarFilter | null): string {
  return filter ? `${filter.kind}:${filter.value}` : '';
}

export function filterFromKey(key: string): JarFilter | null {
  const [kind, ...rest] = key.split(':');
  if ((kind === 'tag' || kind === 'value') && rest.length > 0) return { kind, value: rest.join(':') };
  return null;
}

/**
 * Picks uniformly among `candidates` not yet `seen` in this filtered round,
 * never `lastId` when anything else is there. Returns the pick and the new seen set
 * (emptied when a round completes).
 */
export function pickFiltered(
  candidates: readonly string[],
  seen: ReadonlySet<string>,
  lastId: string | null,
  random: () => number = Math.random,
): { id: string | null; seen: Set<string> } {
  if (candidates.length === 0) return { id: null, seen: new Set() };
  let pool = candidates.filter((id) => !seen.has(id));
  let nextSeen = new Set(seen);
  if (pool.length === 0) {
    pool = [...candidates];
    nextSeen = new Set();
  }
  const withoutLast = pool.length > 1 ? pool.filter((id) => id !== lastId) : pool;
  const id = withoutLast[Math.floor(random() * withoutLast.length)] ?? null;
  if (id !== null) nextSeen.add(id);
  return { id, seen: nextSeen };
}
