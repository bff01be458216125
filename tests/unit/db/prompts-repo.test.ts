import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { showChosenPrompt } from '@/db/repo/chosen-prompt';
import { promptsRepo, readPromptOfTheDay, recordPromptShown, showAnotherPrompt } from '@/db/repo/prompts';

describe('the prompts repository', () => {
  it('keeps the day’s prompt once shown, all day', async () => {
    const first = await readPromptOfTheDay('2026-11-25');
    expect(first.recorded).toBe(false);
    await recordPromptShown('2026-11-25', first.prompt!.id);
    const again = await readPromptOfTheDay('2026-11-25');
    expect(again).toEqual({ prompt: first.prompt, recorded: true });
  });

  it('does not repeat a prompt shown in the last 14 days', async () => {
    const shown: string[] = [];
    for (let day = 1; day <= 14; day += 1) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      const { prompt } = await readPromptOfTheDay(date);
      expect(shown).not.toContain(prompt!.id);
      shown.push(prompt!.id);
      await recordPromptShown(date, prompt!.id);
    }
  });

  it('shows another prompt when asked, and keeps that one for the day', async () => {
    const { prompt } = await readPromptOfTheDay('2026-11-25');
    await recordPromptShown('2026-11-25', prompt!.id);
    await showAnotherPrompt('2026-11-25');
    const next = await readPromptOfTheDay('2026-11-25');
    expect(next.prompt!.id).not.toBe(prompt!.id);
    expect(next.recorded).toBe(true);
  });

  it('shows a different prompt even when the one on screen was never stored (shown before the database answered)', async () => {
    const { prompt } = await readPromptOfTheDay('2026-11-25');
    await showAnotherPrompt('2026-11-25', prompt!.id);
    expect((await readPromptOfTheDay('2026-11-25')).prompt!.id).not.toBe(prompt!.id);
  });

  it('keeps "Another prompt" tapped before the first prompt was stored, rather than bringing the first one back', async () => {
    const first = await readPromptOfTheDay('2026-11-25');
    await showAnotherPrompt('2026-11-25', first.prompt!.id);
    // The screen's late write of what it first showed, landing after the tap.
    await recordPromptShown('2026-11-25', first.prompt!.id);
    const now = await readPromptOfTheDay('2026-11-25');
    expect(now.prompt!.id).not.toBe(first.prompt!.id);
  });

  it('never shows a hidden prompt, and keeps the person’s own across a fresh connection', async () => {
    const all = await promptsRepo.list();
    for (const prompt of all) await promptsRepo.setHidden(prompt.id, true);
    await promptsRepo.add({ text: 'What did I do for future me?', theme: 'own' });
    db.close();
    await db.open();
    for (const day of ['2026-11-25', '2026-11-26', '2026-11-27']) {
      expect((await readPromptOfTheDay(day)).prompt?.text).toBe('What did I do for future me?');
    }
  });
});

describe('a prompt chosen to write about', () => {
  it('becomes the day’s prompt, recorded as shown, and stays put', async () => {
    const { prompt } = await readPromptOfTheDay('2026-11-25');
    await recordPromptShown('2026-11-25', prompt!.id);
    const chosen = (await promptsRepo.list()).find((candidate) => candidate.id !== prompt!.id)!;
    await showChosenPrompt('2026-11-25', chosen.id);
    expect(await readPromptOfTheDay('2026-11-25')).toEqual({ prompt: chosen, recorded: true });
    expect((await db.promptDays.get('2026-11-25'))?.shown).toEqual([prompt!.id, chosen.id]);
  });

  it('moves to the end of the day’s list when it was shown earlier, with no second entry', async () => {
    const { prompt } = await readPromptOfTheDay('2026-11-25');
    await recordPromptShown('2026-11-25', prompt!.id);
    await showAnotherPrompt('2026-11-25');
    await showChosenPrompt('2026-11-25', prompt!.id);
    const shown = (await db.promptDays.get('2026-11-25'))?.shown ?? [];
    expect(shown.at(-1)).toBe(prompt!.id);
    expect(shown.filter((id) => id === prompt!.id)).toHaveLength(1);
  });
});
