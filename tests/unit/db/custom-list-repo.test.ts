import { describe, expect, it } from 'vitest';
import { quickPicksRepo } from '@/db/repo/quick-picks';

// Quick picks stand in for every customisable list (prompts and affirmations share the repo).
const { add, edit, list, move, remove, restoreBuiltIns, setHidden } = quickPicksRepo;
import { builtInQuickPicks } from '@/domain/quick-picks';

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
});
