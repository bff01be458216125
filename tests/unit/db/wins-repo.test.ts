import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import {
  addWin,
  countDaysWithWins,
  deleteWin,
  listKnownTags,
  listWinsForDay,
  restoreWin,
} from '@/db/repo/wins';
import { searchWins } from '@/db/repo/history';
import { pullFromJar } from '@/db/repo/jar';
import { updateWin } from '@/db/repo/win-edits';
import { makeWin } from '../../support/factories';

describe('wins repository', () => {
  it('saves a win with a random id, timestamps and the day it counts for', async () => {
    const win = await addWin({ text: 'Drank a glass of water', day: '2026-11-25' }, 1_000);
    expect(win.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.wins.get(win.id)).toEqual({
      id: win.id,
      text: 'Drank a glass of water',
      why: '',
      tags: [],
      day: '2026-11-25',
      createdAt: 1_000,
      updatedAt: 1_000,
      deletedAt: null,
      inJar: 1,
      favourite: 0,
      promptId: null,
      foundInStruggle: 0,
      struggle: '',
      struggleInJar: 0,
      valueIds: [],
      goalId: null,
      stepId: null,
      searchWords: 'drank a glass of water',
    });
  });

  it('keeps wins saved at the same moment, each in the jar and found by search', async () => {
    // A quick pick's ✓ and Enter, or two tabs: saves that overlap must not lose their place.
    await addWin({ text: 'Watered the plants', day: '2026-11-25' });
    const texts = ['Called my sister', 'Took the stairs slowly', 'Ate breakfast sitting down'];
    await Promise.all(texts.map((text) => addWin({ text, day: '2026-11-25' })));
    expect((await listWinsForDay('2026-11-25')).map((win) => win.text).sort()).toEqual([...texts, 'Watered the plants'].sort());
    const pulled = [];
    for (let pull = 0; pull < 4; pull += 1) pulled.push((await pullFromJar())?.text);
    expect(new Set(pulled)).toEqual(new Set([...texts, 'Watered the plants']));
    expect((await searchWins('stairs', {}, 10)).wins.map((win) => win.text)).toEqual(['Took the stairs slowly']);
  });

  it('lists only the wins of the asked day, oldest first', async () => {
    await db.wins.bulkAdd([
      makeWin({ text: 'second', day: '2026-11-25', createdAt: 20 }),
      makeWin({ text: 'first', day: '2026-11-25', createdAt: 10 }),
      makeWin({ text: 'yesterday', day: '2026-11-24', createdAt: 5 }),
      makeWin({ text: 'tomorrow', day: '2026-11-26', createdAt: 30 }),
    ]);
    const texts = (await listWinsForDay('2026-11-25')).map((win) => win.text);
    expect(texts).toEqual(['first', 'second']);
  });

  it('hides a deleted win but keeps its row, and brings it back on undo', async () => {
    const win = await addWin({ text: 'Set a boundary', day: '2026-11-25' }, 1_000);
    await deleteWin(win.id, 2_000);
    expect(await listWinsForDay('2026-11-25')).toEqual([]);
    expect(await db.wins.get(win.id)).toMatchObject({ deletedAt: 2_000, updatedAt: 2_000, text: 'Set a boundary' });

    await restoreWin(win.id, 3_000);
    expect((await listWinsForDay('2026-11-25')).map((w) => w.text)).toEqual(['Set a boundary']);
  });
});

describe('wins repository, editing and counting', () => {
  it('edits only the changed fields and moves updatedAt', async () => {
    const win = await addWin({ text: 'Made tea', day: '2026-11-25' }, 1_000);
    await updateWin(win.id, { text: 'Made tea and drank it', tags: ['rest'] }, 2_000);
    expect(await db.wins.get(win.id)).toMatchObject({ text: 'Made tea and drank it', tags: ['rest'], why: '', createdAt: 1_000, updatedAt: 2_000 });
  });

  it('lists each known tag once', async () => {
    await db.wins.bulkAdd([makeWin({ tags: ['walk', 'rest'] }), makeWin({ tags: ['walk'] }), makeWin({ tags: [] })]);
    expect(await listKnownTags()).toEqual(['rest', 'walk']);
  });

  it('counts days with a win in a range, not wins, and skips deleted ones', async () => {
    await db.wins.bulkAdd([
      makeWin({ day: '2026-11-23' }),
      makeWin({ day: '2026-11-23' }),
      makeWin({ day: '2026-11-25' }),
      makeWin({ day: '2026-11-24', deletedAt: 9 }),
      makeWin({ day: '2026-11-22' }),
    ]);
    expect(await countDaysWithWins('2026-11-23', '2026-11-29')).toBe(2);
  });
});
