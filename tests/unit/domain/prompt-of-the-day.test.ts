import { lightFormat, addDays, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { choosePrompt, PROMPT_REST_DAYS } from '@/domain/prompt-of-the-day';
import { builtInPrompts, promptThemes } from '@/domain/prompts';

const ids = builtInPrompts.map((prompt) => prompt.id);

describe('the prompt library', () => {
  it('holds at least 40 prompts, five or more in every theme', () => {
    expect(builtInPrompts.length).toBeGreaterThanOrEqual(40);
    for (const theme of Object.keys(promptThemes).filter((key) => key !== 'own')) {
      expect(builtInPrompts.filter((prompt) => prompt.theme === theme).length).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(builtInPrompts.map((prompt) => prompt.text)).size).toBe(builtInPrompts.length);
  });
});

describe('choosePrompt', () => {
  it('gives the same prompt for the same day and history', () => {
    expect(choosePrompt('2026-11-25', ids, [])).toBe(choosePrompt('2026-11-25', ids, []));
    const days = ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'].map((day) => choosePrompt(day, ids, []));
    expect(new Set(days).size).toBeGreaterThan(1);
  });

  it('rests every prompt for 14 days, day after day, over a year', () => {
    const history: string[] = [];
    let day = '2026-01-01';
    for (let i = 0; i < 365; i += 1) {
      const recent = history.slice(-PROMPT_REST_DAYS);
      const chosen = choosePrompt(day, ids, recent);
      expect(chosen).not.toBeNull();
      expect(recent).not.toContain(chosen);
      history.push(chosen ?? '');
      day = lightFormat(addDays(parseISO(day), 1), 'yyyy-MM-dd');
    }
  });

  it('never picks a prompt that is not visible, such as a hidden one', () => {
    const visible = ids.slice(0, 20);
    for (let i = 1; i <= 28; i += 1) {
      expect(visible).toContain(choosePrompt(`2026-02-${String(i).padStart(2, '0')}`, visible, []));
    }
  });

  it('shows another prompt than the ones already seen today', () => {
    const first = choosePrompt('2026-11-25', ids, []);
    const second = choosePrompt('2026-11-25', ids, [], [first ?? '']);
    expect(second).not.toBe(first);
  });

  it('still offers something when every prompt is resting', () => {
    expect(choosePrompt('2026-11-25', ['a', 'b'], ['a', 'b'])).toMatch(/^[ab]$/);
    expect(choosePrompt('2026-11-25', [], [])).toBeNull();
  });
});
