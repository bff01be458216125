import { db } from '../database';

/**
 * A prompt the person chose from their prompts to write about: it becomes today's the way
 * "Another prompt" moves the day on (`showAnotherPrompt` in prompts.ts), by going last in the
 * day's list of shown prompts. So it stays on Today for the rest of the day, rests for two
 * weeks after, and a win saved under it records its id. Apart from prompts.ts because only the
 * prompts sheet needs it, which keeps it out of the first screen's download.
 */
export async function showChosenPrompt(day: string, promptId: string): Promise<void> {
  await db.transaction('rw', db.promptDays, async () => {
    const shown = (await db.promptDays.get(day))?.shown ?? [];
    // Shown earlier today, it moves to the end: the list keeps one entry a prompt.
    await db.promptDays.put({ day, shown: [...shown.filter((id) => id !== promptId), promptId] });
  });
}
