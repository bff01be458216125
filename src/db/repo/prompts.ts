import { daysBefore } from '@/domain/day';
import { choosePrompt, PROMPT_REST_DAYS } from '@/domain/prompt-of-the-day';
import { builtInPrompts, type Prompt } from '@/domain/prompts';
import { db } from '../database';
import { createCustomListRepo } from './custom-list';

export const promptsRepo = createCustomListRepo(() => db.prompts, builtInPrompts);

export interface PromptOfTheDay {
  prompt: Prompt | null;
  /** False until the day's choice is stored; the screen stores it so it stays put all day. */
  recorded: boolean;
}

async function recentlyShown(day: string): Promise<string[]> {
  const from = daysBefore(day, PROMPT_REST_DAYS);
  const rows = await db.promptDays.where('day').between(from, day, true, false).toArray();
  return rows.flatMap((row) => row.shown);
}

/** Today's prompt: the stored one, or the one that would be chosen now. Read-only, for live queries. */
export function readPromptOfTheDay(day: string): Promise<PromptOfTheDay> {
  return db.transaction('r', [db.prompts, db.promptDays], async () => {
    const visible = (await promptsRepo.list()).filter((prompt) => !prompt.hidden);
    const stored = (await db.promptDays.get(day))?.shown.at(-1);
    const storedPrompt = visible.find((prompt) => prompt.id === stored);
    if (storedPrompt) return { prompt: storedPrompt, recorded: true };
    const shownToday = (await db.promptDays.get(day))?.shown ?? [];
    const id = choosePrompt(day, visible.map((prompt) => prompt.id), await recentlyShown(day), shownToday);
    return { prompt: visible.find((prompt) => prompt.id === id) ?? null, recorded: false };
  });
}

/**
 * Stores the prompt on screen for the day, so it stays the same until the day ends. A prompt
 * already shown today is left where it is: "Another prompt", tapped before this write landed,
 * has moved the day on from it, and recording it again would bring it back.
 */
export async function recordPromptShown(day: string, promptId: string): Promise<void> {
  await db.transaction('rw', db.promptDays, async () => {
    const shown = (await db.promptDays.get(day))?.shown ?? [];
    if (!shown.includes(promptId)) await db.promptDays.put({ day, shown: [...shown, promptId] });
  });
}

/**
 * "Show me another": a different prompt, still resting the ones from the last two weeks.
 * `showing` is the one on screen, which may not be stored yet (shown before the database answered).
 */
export async function showAnotherPrompt(day: string, showing?: string): Promise<void> {
  await db.transaction('rw', [db.prompts, db.promptDays], async () => {
    const visible = (await promptsRepo.list()).filter((prompt) => !prompt.hidden).map((prompt) => prompt.id);
    const stored = (await db.promptDays.get(day))?.shown ?? [];
    const shown = showing === undefined || stored.includes(showing) ? stored : [...stored, showing];
    // Once every prompt has been seen today, start the day's list over rather than stopping.
    const skip = shown.length >= visible.length ? shown.slice(-1) : shown;
    const next = choosePrompt(day, visible, await recentlyShown(day), skip);
    if (next) await db.promptDays.put({ day, shown: [...shown, next] });
  });
}
