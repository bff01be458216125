import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { daysWithWins, listTimelinePage, oldestWin, searchWins } from '@/db/repo/history';
import { onThisDay, summariseWeek } from '@/db/repo/look-back';
import { addWin, deleteWin, updateWin } from '@/db/repo/wins';
import { makeWin } from '../../support/factories';

describe('history', () => {
  it('pages the timeline newest first by an index range, skipping deleted wins', async () => {
    await db.wins.bulkAdd([
      makeWin({ text: 'a', day: '2026-11-01', createdAt: 1 }),
      makeWin({ text: 'b', day: '2026-11-02', createdAt: 2 }),
      makeWin({ text: 'c', day: '2026-11-02', createdAt: 3 }),
      makeWin({ text: 'gone', day: '2026-11-03', createdAt: 4, deletedAt: 5 }),
      makeWin({ text: 'd', day: '2026-11-04', createdAt: 5 }),
    ]);
    const first = await listTimelinePage(null, 2);
    expect(first.map((win) => win.text)).toEqual(['d', 'c']);
    const last = first.at(-1)!;
    expect((await listTimelinePage([last.day, last.createdAt], 10)).map((win) => win.text)).toEqual(['b', 'a']);
    expect((await oldestWin())?.text).toBe('a');
  });

  it('searches case- and accent-insensitively across text, why and tags, newest first', async () => {
    await addWin({ text: 'Went for a 5-minute walk', day: '2026-01-01' });
    await addWin({ text: 'WALKED to the shop', day: '2026-02-01' });
    await addWin({ text: 'Slept well', why: 'after a long wålk', day: '2026-03-01' });
    await addWin({ text: 'Stretched', tags: ['walking'], day: '2026-04-01' });
    await addWin({ text: 'Read a book', day: '2026-05-01' });
    const result = await searchWins('walk', {}, 10);
    expect(result.wins.map((win) => win.text)).toEqual(['Stretched', 'Slept well', 'WALKED to the shop', 'Went for a 5-minute walk']);
    expect(result.total).toBe(4);
  });

  it('finds an edited win by its new words, not its old ones, and never a deleted one', async () => {
    const win = await addWin({ text: 'Made tea', day: '2026-11-25' });
    await updateWin(win.id, { text: 'Made soup' });
    expect((await searchWins('tea', {}, 10)).wins).toEqual([]);
    expect((await searchWins('soup', {}, 10)).wins).toHaveLength(1);
    await deleteWin(win.id);
    expect((await searchWins('soup', {}, 10)).wins).toEqual([]);
  });

  it('filters by favourites and by wins found in a hard day', async () => {
    await db.wins.bulkAdd([
      makeWin({ text: 'kept close', favourite: 1 }),
      makeWin({ text: 'found', foundInStruggle: 1 }),
      makeWin({ text: 'plain' }),
    ]);
    expect((await searchWins('', { favourites: true }, 10)).wins.map((win) => win.text)).toEqual(['kept close']);
    expect((await searchWins('', { foundInStruggle: true }, 10)).wins.map((win) => win.text)).toEqual(['found']);
  });

  it('walks by date when a word is very common, and still returns a full page', async () => {
    const many = Array.from({ length: 1600 }, (_, index) =>
      makeWin({ text: `walk number ${index}`, day: `2026-${String((index % 12) + 1).padStart(2, '0')}-01`, createdAt: index }),
    );
    await db.wins.bulkAdd(many);
    const result = await searchWins('walk', {}, 20);
    expect(result.wins).toHaveLength(20);
    expect(result.wins[0]?.day).toBe('2026-12-01');
    expect(result.total).toBeNull();
  });

  it('knows the days in a month that hold a win', async () => {
    await db.wins.bulkAdd([makeWin({ day: '2026-11-03' }), makeWin({ day: '2026-11-03' }), makeWin({ day: '2026-11-30' }), makeWin({ day: '2026-12-01' })]);
    expect(await daysWithWins('2026-11')).toEqual(new Set(['2026-11-03', '2026-11-30']));
  });

  it('gathers on-this-day wins and a gentle week summary', async () => {
    await db.wins.bulkAdd([
      makeWin({ text: 'a year ago', day: '2025-11-25' }),
      makeWin({ text: 'monday', day: '2026-11-23', valueIds: ['v1'] }),
      makeWin({ text: 'tuesday', day: '2026-11-24', valueIds: ['v1', 'v2'] }),
    ]);
    const groups = await onThisDay('2026-11-25');
    expect(groups.map((group) => [group.label, group.wins.map((win) => win.text)])).toEqual([['A year ago', ['a year ago']]]);
    expect(await summariseWeek('2026-11-23', '2026-11-25')).toEqual({
      wins: 2,
      daysWithAWin: 2,
      topValues: [
        { valueId: 'v1', count: 2 },
        { valueId: 'v2', count: 1 },
      ],
    });
  });
});
