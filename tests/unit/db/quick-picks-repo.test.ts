import { describe, expect, it } from 'vitest';
import {
  addQuickPick,
  editQuickPick,
  listQuickPicks,
  moveQuickPick,
  removeQuickPick,
  setQuickPickHidden,
} from '@/db/repo/quick-picks';
import { builtInQuickPicks } from '@/domain/quick-picks';

const texts = async () => (await listQuickPicks()).map((pick) => pick.text);

describe('quick picks repository', () => {
  it('adds the person’s own pick at the end', async () => {
    await addQuickPick('Fed the cat');
    expect((await texts()).at(-1)).toBe('Fed the cat');
    expect(await texts()).toHaveLength(builtInQuickPicks.length + 1);
  });

  it('renames, hides and shows a built-in', async () => {
    await editQuickPick('builtin-1', 'Got up, slowly');
    await setQuickPickHidden('builtin-1', true);
    expect((await listQuickPicks())[0]).toEqual({ id: 'builtin-1', text: 'Got up, slowly', hidden: true, builtIn: true });
    await setQuickPickHidden('builtin-1', false);
    expect((await listQuickPicks())[0]?.hidden).toBe(false);
  });

  it('moves a pick up and down, and does nothing past either end', async () => {
    await moveQuickPick('builtin-2', -1);
    expect((await texts()).slice(0, 2)).toEqual(['Used a coping skill', 'Got out of bed']);
    await moveQuickPick('builtin-2', -1);
    expect((await texts()).slice(0, 2)).toEqual(['Used a coping skill', 'Got out of bed']);
    await moveQuickPick('builtin-2', 1);
    expect((await texts()).slice(0, 2)).toEqual(['Got out of bed', 'Used a coping skill']);
  });

  it('removes the person’s own picks but never a built-in', async () => {
    await addQuickPick('Fed the cat');
    const mine = (await listQuickPicks()).find((pick) => pick.text === 'Fed the cat');
    await removeQuickPick(mine?.id ?? '');
    await removeQuickPick('builtin-1');
    expect(await texts()).toEqual(builtInQuickPicks.map((pick) => pick.text));
  });
});
