import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { cursorAfter, daysWithWins, listTimelinePage, oldestWin, searchWins, SORT_HITS_UP_TO, type TimelineCursor } from '@/db/repo/history';
import { onThisDay, summariseWeek } from '@/db/repo/look-back';
import { prepareWinTimeOrder, winTimeOrder } from '@/db/repo/time-order';
import { updateWin } from '@/db/repo/win-edits';
import { addWin, deleteWin } from '@/db/repo/wins';
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
    expect((await listTimelinePage(cursorAfter(first, null), 10)).map((win) => win.text)).toEqual(['b', 'a']);
    expect((await oldestWin())?.text).toBe('a');
  });

  it('pages through wins that share a day and moment without skipping or repeating one', async () => {
    const twins = Array.from({ length: 7 }, (_, index) => makeWin({ text: `same moment ${index}`, day: '2026-11-02', createdAt: 9 }));
    await db.wins.bulkAdd([makeWin({ text: 'older', day: '2026-11-01', createdAt: 1 }), ...twins]);
    const seen: string[] = [];
    let cursor: TimelineCursor | null = null;
    for (;;) {
      const page = await listTimelinePage(cursor, 3);
      seen.push(...page.map((win) => win.text));
      if (page.length < 3) break;
      cursor = cursorAfter(page, cursor);
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(seen.at(-1)).toBe('older');
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

  it('still finds wins saved when their words were stored as a list, and their edits', async () => {
    // As every win saved before 2 December 2026 holds its words: no upgrade rewrote them.
    const older = makeWin({ text: 'Walked to the café', day: '2026-11-20', searchWords: ['walked', 'to', 'the', 'cafe'] });
    await db.wins.add(older);
    expect((await searchWins('cafe walk', {}, 10)).wins.map((win) => win.id)).toEqual([older.id]);
    await updateWin(older.id, { text: 'Walked to the sea' });
    expect((await searchWins('sea', {}, 10)).wins.map((win) => win.id)).toEqual([older.id]);
    expect((await searchWins('cafe', {}, 10)).wins).toEqual([]);
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

  it('with many matches, gives the newest page in order and reads on when other words narrow it', async () => {
    const many = Array.from({ length: 900 }, (_, index) =>
      makeWin({
        text: `walk number ${index}${index % 3 === 0 ? ' by the river' : ''}`,
        day: `20${String(10 + (index % 16)).padStart(2, '0')}-0${(index % 9) + 1}-01`,
        createdAt: index,
      }),
    );
    await db.wins.bulkAdd(many);
    const newest = [...many].sort((a, b) => b.day.localeCompare(a.day) || b.createdAt - a.createdAt);
    const expectNewest = async () => {
      const page = await searchWins('walk', {}, 20);
      expect(page.wins.map((win) => win.text)).toEqual(newest.slice(0, 20).map((win) => win.text));
      const narrowed = await searchWins('walk river', {}, 30);
      expect(narrowed.wins.map((win) => win.text)).toEqual(
        newest.filter((win) => win.text.includes('river')).slice(0, 30).map((win) => win.text),
      );
      return page;
    };
    // Before the time order is ready every hit is read, and the total is known…
    expect((await expectNewest()).total).toBe(900);
    // …after, only the newest are read, and the same page comes back.
    await prepareWinTimeOrder();
    expect(winTimeOrder()).not.toBeNull();
    expect((await expectNewest()).total).toBeNull();
  });

  it('forgets the time order when a win changes, so a new win takes its place', async () => {
    await addWin({ text: 'Walked the dog', day: '2026-11-01' });
    await prepareWinTimeOrder();
    expect(winTimeOrder()?.size).toBe(1);
    await addWin({ text: 'Walked to work', day: '2026-11-20' });
    expect(winTimeOrder()).toBeNull();
    await prepareWinTimeOrder();
    expect(winTimeOrder()?.size).toBe(2);
  });

  it('walks back by date when a word is in thousands of wins, losing none that share a moment', async () => {
    // Past the point where sorting the hits pays; 300 wins share one day and moment, more than a batch.
    const common = Array.from({ length: SORT_HITS_UP_TO + 200 }, (_, index) =>
      makeWin({ text: `walk ${index}`, day: index < 300 ? '2026-11-20' : '2020-01-01', createdAt: index < 300 ? 7 : index }),
    );
    await db.wins.bulkAdd(common);
    await prepareWinTimeOrder();
    const page = await searchWins('walk', {}, 350);
    expect(page.wins).toHaveLength(350);
    expect(new Set(page.wins.map((win) => win.id)).size).toBe(350);
    expect(page.wins.slice(0, 300).every((win) => win.day === '2026-11-20')).toBe(true);
    expect(page.wins[300]?.createdAt).toBe(SORT_HITS_UP_TO + 199);
  });

  it('a win saved after a search is found first by the next one', async () => {
    await addWin({ text: 'Walked the dog', day: '2026-11-01' });
    expect((await searchWins('walk', {}, 10)).wins.map((win) => win.text)).toEqual(['Walked the dog']);
    await addWin({ text: 'Walked to work', day: '2026-11-20' });
    expect((await searchWins('walk', {}, 10)).wins.map((win) => win.text)).toEqual(['Walked to work', 'Walked the dog']);
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
