import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import {
  addSlip,
  countJar,
  deleteSlip,
  pullFromJar,
  pullFromJarWhere,
  putBackInJar,
  setFavourite,
} from '@/db/repo/jar';
import { addWin, deleteWin, restoreWin, setWinInJar } from '@/db/repo/wins';
import { JAR_PAGE_SIZE } from '@/db/jar-pages';
import { seededRandom } from '../../support/seeded-random';

async function addWins(count: number, tags: string[] = []) {
  const wins = [];
  for (let i = 0; i < count; i += 1) wins.push(await addWin({ text: `Win ${i}`, day: '2026-11-25', tags }));
  return wins;
}

async function pullTexts(count: number, random = seededRandom(1)) {
  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) texts.push((await pullFromJar(random))?.text ?? '');
  return texts;
}

/** Every id on the jar's pages, in position order, with a check that no page has a gap. */
async function slotsInPages(): Promise<string[]> {
  const pages = await db.jarPages.orderBy('page').toArray();
  pages.forEach((page, index) => {
    expect(page.page).toBe(index);
    if (index < pages.length - 1) expect(page.ids).toHaveLength(JAR_PAGE_SIZE);
  });
  return pages.flatMap((page) => page.ids);
}

describe('the jar repository', () => {
  it('keeps a jar of several pages dense through rounds, deletions and new wins', async () => {
    const wins = await addWins(JAR_PAGE_SIZE * 2 + 5);
    const random = seededRandom(7);
    const firstRound = await pullTexts(wins.length, random);
    expect(new Set(firstRound)).toEqual(new Set(wins.map((win) => win.text)));
    for (const win of wins.slice(10, 40)) await deleteWin(win.id);
    await setWinInJar(wins[0]!.id, false);
    const added = await addWins(3);
    const slots = await slotsInPages();
    expect(slots).toHaveLength(wins.length - 31 + 3);
    expect(new Set(slots).size).toBe(slots.length);
    expect(slots).not.toContain(wins[0]!.id);
    expect(slots).toEqual(expect.arrayContaining(added.map((win) => win.id)));
    expect(await countJar()).toBe(slots.length);
    // The new wins joined the round that was ending; the next round holds every slip once.
    const pulls: string[] = [];
    for (let i = 0; i < 3 + slots.length; i += 1) pulls.push((await pullFromJar(random))?.id ?? '');
    expect(new Set(pulls.slice(0, 3))).toEqual(new Set(added.map((win) => win.id)));
    expect(new Set(pulls.slice(3))).toEqual(new Set(slots));
  });

  it('leaves the jar exactly as it was when a pull cannot write where its slips moved', async () => {
    await addWins(40);
    const before = { slots: await slotsInPages(), bag: await db.meta.get('jar'), where: await db.jarWhere.toArray() };
    const refused = vi.spyOn(db.jarWhere, 'bulkPut').mockReturnValueOnce(Dexie.Promise.reject(new Error('QuotaExceededError')));
    await expect(pullFromJar(seededRandom(3))).rejects.toThrow();
    refused.mockRestore();
    expect({ slots: await slotsInPages(), bag: await db.meta.get('jar'), where: await db.jarWhere.toArray() }).toEqual(before);
    // And the next pull works as ever.
    expect((await pullFromJar(seededRandom(3)))?.text).toMatch(/^Win \d+$/);
  });

  it('drops every saved win into the jar and counts it without walking the table', async () => {
    await addWins(3);
    expect(await countJar()).toBe(3);
  });

  it('pulls every win once before any comes out again', async () => {
    await addWins(5);
    const texts = await pullTexts(10);
    expect(new Set(texts.slice(0, 5)).size).toBe(5);
    expect(new Set(texts.slice(5)).size).toBe(5);
  });

  it('keeps the round going across a fresh connection, as after a reload', async () => {
    await addWins(6);
    const before = await pullTexts(3, seededRandom(4));
    db.close();
    await db.open();
    const after = await pullTexts(3, seededRandom(9));
    expect(new Set([...before, ...after]).size).toBe(6);
  });

  it('takes deleted wins and wins taken out of the jar out of the bag, and puts them back', async () => {
    const [a, b, c] = await addWins(3);
    await deleteWin(a!.id);
    await setWinInJar(b!.id, false);
    expect(await countJar()).toBe(1);
    expect(await pullTexts(2)).toEqual([c!.text, c!.text]);
    await restoreWin(a!.id);
    await setWinInJar(b!.id, true);
    expect(await countJar()).toBe(3);
  });

  it('does not put a deleted win back when it is restored after being taken out of the jar', async () => {
    const [win] = await addWins(1);
    await setWinInJar(win!.id, false);
    await deleteWin(win!.id);
    await restoreWin(win!.id);
    expect(await countJar()).toBe(0);
  });

  it('holds slips written straight into it, which are not a day’s win', async () => {
    const slip = await addSlip({ text: 'Mum said I seemed lighter', tags: ['family'] }, Date.UTC(2026, 10, 20, 12));
    expect(await countJar()).toBe(1);
    expect(await pullFromJar()).toMatchObject({ id: slip.id, source: 'slip', text: 'Mum said I seemed lighter', day: '2026-11-20' });
    expect(await db.wins.count()).toBe(0);
    await deleteSlip(slip.id);
    expect(await countJar()).toBe(0);
  });

  it('puts a pulled win back so it can come out again this round', async () => {
    await addWins(2);
    const first = await pullFromJar(seededRandom(3));
    await putBackInJar(first!.id);
    expect((await db.meta.get('jar'))?.undrawn).toBe(2);
  });

  it('remembers a favourite', async () => {
    const [win] = await addWins(1);
    await setFavourite({ id: win!.id, source: 'win' }, true);
    expect((await pullFromJar())?.favourite).toBe(true);
  });

  it('pulls only matching slips under a tag filter, each once per round', async () => {
    await addWins(3, ['walk']);
    await addWins(4, ['rest']);
    await addSlip({ text: 'A walk with Jo', tags: ['walk'] });
    let seen = new Set<string>();
    let lastId: string | null = null;
    const texts: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await pullFromJarWhere({ kind: 'tag', value: 'walk' }, seen, lastId, seededRandom(i + 1));
      seen = result.seen;
      lastId = result.item?.id ?? null;
      texts.push(result.item?.text ?? '');
    }
    expect(new Set(texts)).toEqual(new Set(['Win 0', 'Win 1', 'Win 2', 'A walk with Jo']));
  });
});

describe('the jar repository, filtered by a value', () => {
  it('pulls only wins that touched the value', async () => {
    await addWin({ text: 'Kind to Jo', day: '2026-11-20', valueIds: ['kindness'] });
    await addWin({ text: 'Unrelated', day: '2026-11-21' });
    await addSlip({ text: 'A slip', tags: ['kindness'] });
    for (let i = 0; i < 3; i += 1) {
      const { item } = await pullFromJarWhere({ kind: 'value', value: 'kindness' }, new Set(), null, seededRandom(i));
      expect(item?.text).toBe('Kind to Jo');
    }
  });
});
