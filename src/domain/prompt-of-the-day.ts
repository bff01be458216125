/** How many days a prompt rests before it can be the prompt of the day again. */
export const PROMPT_REST_DAYS = 14;

/** A stable number from a string (FNV-1a), so a day always maps to the same choice. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Chooses a day's prompt from the visible ones: the same for the same day and
 * history, and none shown in the resting window (`recentIds`) unless every
 * prompt has been. `skip` leaves out prompts already seen today ("see another").
 */
export function choosePrompt(
  day: string,
  visibleIds: readonly string[],
  recentIds: readonly string[],
  skip: readonly string[] = [],
): string | null {
  const available = visibleIds.filter((id) => !skip.includes(id));
  if (available.length === 0) return visibleIds[0] ?? null;
  const rested = available.filter((id) => !recentIds.includes(id));
  const pool = [...(rested.length > 0 ? rested : available)].sort();
  return pool[hashOf(`${day}#${skip.length}`) % pool.length] ?? null;
}
