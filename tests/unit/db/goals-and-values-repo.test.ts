import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { countJar } from '@/db/repo/jar';
import { addGoal, addStep, checkStep, listGoals, moveStep, setGoalStatus, uncheckStep } from '@/db/repo/goals';
import { summariseValues } from '@/db/repo/value-summaries';
import { valuesRepo } from '@/db/repo/values';
import { addWin, listWinsForDay } from '@/db/repo/wins';
import { looksBig, stepWinText } from '@/domain/goals';
import { WIN_TEXT_MAX } from '@/domain/win';

describe('goals', () => {
  it('logs a win linked to the goal when a step is checked off', async () => {
    const goal = await addGoal('A tidy home');
    const step = await addStep(goal.id, 'Cleared the kitchen counter');
    await checkStep(step.id, '2026-11-25', 1_000);
    const [win] = await listWinsForDay('2026-11-25');
    expect(win).toMatchObject({ text: 'Cleared the kitchen counter: a step toward a tidy home', goalId: goal.id, stepId: step.id });
    expect(await countJar()).toBe(1);
    const [entry] = await listGoals();
    expect(entry?.steps[0]).toMatchObject({ doneAt: 1_000, winId: win?.id });
  });

  it('keeps the win when a step is unchecked, unless asked to remove it too', async () => {
    const goal = await addGoal('A calmer morning');
    const first = await addStep(goal.id, 'Put the phone in another room');
    const second = await addStep(goal.id, 'Opened the window');
    await checkStep(first.id, '2026-11-25');
    await checkStep(second.id, '2026-11-25');
    await uncheckStep(first.id, false);
    await uncheckStep(second.id, true);
    expect((await listWinsForDay('2026-11-25')).map((win) => win.stepId)).toEqual([first.id]);
    expect(await countJar()).toBe(1);
    const [entry] = await listGoals();
    expect(entry?.steps.map((step) => step.doneAt)).toEqual([null, null]);
  });

  it('reorders steps, and pauses and archives goals without touching their steps', async () => {
    const goal = await addGoal('Learn to cook');
    const a = await addStep(goal.id, 'Boil an egg');
    await addStep(goal.id, 'Make toast');
    await moveStep(a.id, 1);
    await setGoalStatus(goal.id, 'paused');
    const [entry] = await listGoals();
    expect(entry?.goal.status).toBe('paused');
    expect(entry?.steps.map((step) => step.text)).toEqual(['Make toast', 'Boil an egg']);
  });

  it('suggests breaking down steps that sound big, and words a step’s win gently', () => {
    expect(looksBig('Clean the whole house')).toBe(true);
    expect(looksBig('Sort everything in the garage')).toBe(true);
    expect(looksBig('Clear one shelf')).toBe(false);
    expect(looksBig('x'.repeat(61))).toBe(true);
    expect(stepWinText('Cleared the kitchen counter', 'A tidy home')).toBe('Cleared the kitchen counter: a step toward a tidy home');
    // A long step toward a long goal still makes a win a backup can bring back.
    const long = stepWinText('s'.repeat(1_500), 'G'.repeat(1_500));
    expect(long).toHaveLength(WIN_TEXT_MAX);
    expect(long.startsWith(`${'s'.repeat(1_500)}: a step toward g`)).toBe(true);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('values', () => {
  it('counts each value’s wins over four weeks and all time, latest first', async () => {
    await valuesRepo.add({ text: 'Kindness' });
    const [kindness] = await valuesRepo.list();
    await addWin({ text: 'Old kindness', day: '2026-09-01', valueIds: [kindness!.id] });
    await addWin({ text: 'Recent kindness', day: '2026-11-20', valueIds: [kindness!.id] });
    await addWin({ text: 'No value', day: '2026-11-21' });
    const [summary] = await summariseValues('2026-11-25');
    expect(summary).toMatchObject({ allTime: 2, lastFourWeeks: 1 });
    expect(summary?.latest.map((win) => win.text)).toEqual(['Recent kindness', 'Old kindness']);
  });

  it('renames a value without rewriting a single win', async () => {
    await valuesRepo.add({ text: 'Rest' });
    const [rest] = await valuesRepo.list();
    const win = await addWin({ text: 'Napped', day: '2026-11-25', valueIds: [rest!.id] });
    const before = (await db.wins.get(win.id))?.updatedAt;
    await valuesRepo.edit(rest!.id, { text: 'Gentleness' });
    expect((await valuesRepo.list())[0]?.text).toBe('Gentleness');
    expect((await db.wins.get(win.id))?.updatedAt).toBe(before);
    expect((await db.wins.get(win.id))?.valueIds).toEqual([rest!.id]);
  });
});
