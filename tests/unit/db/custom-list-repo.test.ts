import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { removeListItem } from '@/db/repo/custom-list-removal';
import { promptsRepo } from '@/db/repo/prompts';
import { quickPicksRepo } from '@/db/repo/quick-picks';
import { valuesRepo } from '@/db/repo/values';
import { builtInPrompts } from '@/domain/prompts';
import { builtInQuickPicks } from '@/domain/quick-picks';

// Quick picks stand in for every customisable list (prompts, affirmations and values share the repo).
const { add, edit, list, move, restoreBuiltIns, setHidden } = quickPicksRepo;
const remove = (id: string) => removeListItem(quickPicksRepo, id);

const texts = async () => (await list()).map((pick) => pick.text);

describe('a customisable list repository', () => {
  it('adds the person’s own pick at the end', async () => {
    await add({ text: 'Fed the cat' });
    expect((await texts()).at(-1)).toBe('Fed the cat');
    expect(await texts()).toHaveLength(builtInQuickPicks.length + 1);
  });

  it('renames, hides and shows a built-in', async () => {
    await edit('builtin-1', { text: 'Got up, slowly' });
    await setHidden('builtin-1', true);
    expect((await list())[0]).toEqual({ id: 'builtin-1', text: 'Got up, slowly', hidden: true, builtIn: true });
    await setHidden('builtin-1', false);
    expect((await list())[0]?.hidden).toBe(false);
  });

  it('moves a pick up and down, and does nothing past either end', async () => {
    await move('builtin-2', -1);
    expect((await texts()).slice(0, 2)).toEqual(['Used a coping skill', 'Got out of bed']);
    await move('builtin-2', -1);
    expect((await texts()).slice(0, 2)).toEqual(['Used a coping skill', 'Got out of bed']);
    await move('builtin-2', 1);
    expect((await texts()).slice(0, 2)).toEqual(['Got out of bed', 'Used a coping skill']);
  });

  it('restores every hidden built-in at once', async () => {
    await setHidden('builtin-1', true);
    await setHidden('builtin-4', true);
    await restoreBuiltIns();
    expect((await list()).filter((pick) => pick.hidden)).toEqual([]);
  });

  it('removes the person’s own picks but never a built-in', async () => {
    await add({ text: 'Fed the cat' });
    const mine = (await list()).find((pick) => pick.text === 'Fed the cat');
    await remove(mine?.id ?? '');
    await remove('builtin-1');
    expect(await texts()).toEqual(builtInQuickPicks.map((pick) => pick.text));
  });

  it('hands back nothing to undo when nothing was removed', async () => {
    expect(await remove('builtin-1')).toBeUndefined();
    expect(await remove('no-such-pick')).toBeUndefined();
  });
});

describe('undoing a removal', () => {
  it('puts a prompt back at its place, the same prompt: id, theme and creation time', async () => {
    await promptsRepo.add({ text: 'Who made you laugh?', theme: 'own' }, 1_000);
    await promptsRepo.add({ text: 'What did you let go of?', theme: 'own' }, 2_000);
    const before = await promptsRepo.list();
    const laugh = before.find((prompt) => prompt.text === 'Who made you laugh?')!;
    const putBack = await removeListItem(promptsRepo, laugh.id, 3_000);
    expect((await promptsRepo.list()).map((prompt) => prompt.id)).not.toContain(laugh.id);
    await putBack!();
    expect(await promptsRepo.list()).toEqual(before);
    expect((await db.prompts.get(laugh.id))?.createdAt).toBe(1_000);
    expect(await promptsRepo.list()).toHaveLength(builtInPrompts.length + 2);
  });

  it('gives a value back its id, so the wins tagged with it find it again', async () => {
    for (const text of ['Kindness', 'Courage', 'Rest']) await valuesRepo.add({ text });
    const before = await valuesRepo.list();
    const courage = before[1]!;
    const putBack = await removeListItem(valuesRepo, courage.id);
    expect((await valuesRepo.list()).map((value) => value.text)).toEqual(['Kindness', 'Rest']);
    await putBack!();
    expect(await valuesRepo.list()).toEqual(before);
  });

  it('keeps its place among what was moved meanwhile, and a second undo adds no copy', async () => {
    for (const text of ['Kindness', 'Courage', 'Rest']) await valuesRepo.add({ text });
    const [kindness, courage] = await valuesRepo.list();
    const putBack = await removeListItem(valuesRepo, kindness!.id);
    await valuesRepo.move(courage!.id, 1);
    await putBack!();
    await putBack!();
    expect((await valuesRepo.list()).map((value) => value.text)).toEqual(['Kindness', 'Rest', 'Courage']);
  });
});
