import { choosePrompt } from '@/domain/prompt-of-the-day';
import { builtInPrompts, type Prompt } from '@/domain/prompts';
import { readDeviceKey, writeDeviceKey } from '@/db/device-keys';

// The day's prompt as last shown, kept outside IndexedDB (like the lock hint) so that Today's
// first paint already holds the question instead of an empty line until the database answers.
const KEY = 'prompt-of-the-day';

/**
 * The prompt to show before the database has answered: the one kept for today, or on a
 * device that has never shown one, the one a fresh database will choose (built-ins only,
 * nothing shown before). Null when neither is known; the database's answer always wins.
 */
export function earlyPrompt(day: string): Prompt | null {
  try {
    const raw = readDeviceKey(KEY);
    if (raw === null) {
      const visible = builtInPrompts.filter((prompt) => !prompt.hidden);
      const id = choosePrompt(day, visible.map((prompt) => prompt.id), []);
      return visible.find((prompt) => prompt.id === id) ?? null;
    }
    const kept = JSON.parse(raw) as { day?: unknown; prompt?: Prompt };
    return kept.day === day && kept.prompt ? kept.prompt : null;
  } catch {
    return null;
  }
}

/** Remembers the prompt the database chose for `day`, for the next open. */
export function keepPrompt(day: string, prompt: Prompt): void {
  // Refused, the next open waits for the database, as before.
  writeDeviceKey(KEY, JSON.stringify({ day, prompt }));
}
