import { afterEach, describe, expect, it } from 'vitest';
import { promptsRepo, readPromptOfTheDay } from '@/db/repo/prompts';
import { earlyPrompt, keepPrompt } from '@/hooks/early-prompt';

describe('the prompt shown before the database answers', () => {
  afterEach(() => localStorage.clear());

  it('on a device that never showed one, is the one a fresh database chooses, day after day', async () => {
    for (let day = 1; day <= 28; day += 1) {
      const date = `2026-02-${String(day).padStart(2, '0')}`;
      expect(earlyPrompt(date)?.id).toBe((await readPromptOfTheDay(date)).prompt?.id);
    }
  });

  it('is the kept one on the day it was kept, and nothing the day after', async () => {
    await promptsRepo.add({ text: 'What made you laugh?', theme: 'own' });
    const { prompt } = await readPromptOfTheDay('2026-11-25');
    keepPrompt('2026-11-25', prompt!);
    expect(earlyPrompt('2026-11-25')).toEqual(prompt);
    expect(earlyPrompt('2026-11-26')).toBeNull();
  });
});
