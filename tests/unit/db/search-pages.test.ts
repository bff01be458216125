import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { applyImport, collectExport } from '@/db/repo/backup';
import { searchWins } from '@/db/repo/history';
import { updateWin } from '@/db/repo/win-edits';
import { addWin, deleteWin } from '@/db/repo/wins';
import { winsWithWordFrom } from '@/db/repo/word-hits';
import { IDS_PER_WRITE, pagesAfterAdding, ROWS_PER_WRITE, SEARCH_PAGE_SIZE, shelfBatches, writeBatches } from '@/db/search-pages';
import { isShelf, RARE_UP_TO, SHELF_PAGE, shelve, type ShelfRow } from '@/db/search-shared-pages';
import type { ExportedWin } from '@/domain/export-format';
import { makeWin } from '../../support/factories';
import { idsByWord as idsInIndex } from '../../support/search-index';

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `win-${from + index}`);

const idsByWord = async () => idsInIndex(await db.searchPages.toArray());

describe('search pages', () => {
  it('fill an open page and seal it full, numbering sealed pages from 1', () => {
    const rows = pagesAfterAdding(new Map([['walk', ids(SEARCH_PAGE_SIZE * 2 + 10)]]), new Map());
    expect(rows.map((row) => [row.page, row.ids.length, row.sealed])).toEqual([
      [1, SEARCH_PAGE_SIZE, undefined],
      [2, SEARCH_PAGE_SIZE, undefined],
      [0, 10, 2],
    ]);
    const next = pagesAfterAdding(new Map([['walk', ids(SEARCH_PAGE_SIZE - 10, 1000)]]), new Map([['walk', rows[2]!]]));
    expect(next.map((row) => [row.page, row.ids.length, row.sealed])).toEqual([
      [3, SEARCH_PAGE_SIZE, undefined],
      [0, 0, 3],
    ]);
    expect(next[0]!.ids.slice(0, 10)).toEqual(rows[2]!.ids);
  });

  it('follow every write to wins, even one made straight to the table', async () => {
    const saved = await addWin({ text: 'Walked to the river', day: '2026-11-20' });
    const direct = makeWin({ text: 'Walked the dog' });
    await db.wins.add(direct);
    expect((await idsByWord()).walked).toEqual([saved.id, direct.id]);
    expect((await searchWins('river', {}, 10)).wins.map((win) => win.id)).toEqual([saved.id]);
  });

  it('add an edited win under its new words only, and it is found by them and not by its old ones', async () => {
    const win = await addWin({ text: 'Called Mum', day: '2026-11-20' });
    await updateWin(win.id, { text: 'Called Dad' });
    await updateWin(win.id, { text: 'Called Dad', why: 'he was lonely' });
    const pages = await idsByWord();
    expect(pages.called).toEqual([win.id]);
    expect(pages.dad).toEqual([win.id]);
    expect((await searchWins('mum', {}, 10)).wins).toEqual([]);
    expect((await searchWins('lonely dad', {}, 10)).wins.map((found) => found.id)).toEqual([win.id]);
    await deleteWin(win.id);
    expect((await searchWins('dad', {}, 10)).wins).toEqual([]);
  });

  it('turn a common word away from its keys alone, and hand back a rarer one', async () => {
    const many = Array.from({ length: SEARCH_PAGE_SIZE * 3 }, () => makeWin({ text: 'Rested' }));
    await db.wins.bulkAdd([...many, makeWin({ text: 'Restaurant with Noor' })]);
    const common = await db.transaction('r', db.searchPages, () => winsWithWordFrom('rest', SEARCH_PAGE_SIZE * 2));
    expect(common).toBeNull();
    const rare = await db.transaction('r', db.searchPages, () => winsWithWordFrom('resta', SEARCH_PAGE_SIZE * 2));
    expect(rare).toHaveLength(1);
  });

  it('are kept or lost with the win, in one transaction', async () => {
    const win = makeWin({ text: 'Kingfisher by the canal' });
    await expect(
      db.transaction('rw', db.wins, async () => {
        await db.wins.add(win);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.searchPages.count()).toBe(0);
  });

  it('split a large addition into writes of bounded rows and ids, never splitting a word', () => {
    const names = new Map(Array.from({ length: ROWS_PER_WRITE * 2 + 1 }, (_, index) => [`name${index}`, ids(1, index)]));
    const common = ids(IDS_PER_WRITE + SEARCH_PAGE_SIZE);
    const open = { word: 'walk', page: 0, ids: ids(SEARCH_PAGE_SIZE - 1, 100_000), sealed: 4 };
    const batches = writeBatches(new Map([...names, ['walk', common]]), new Map([['walk', open]]));
    const sizes = batches.map((batch) => {
      const rows = pagesAfterAdding(batch, new Map([['walk', open]]));
      return { rows: rows.length, ids: rows.reduce((sum, row) => sum + row.ids.length, 0), words: batch.size };
    });
    // Words that turn up once each are held to rows per write, not only ids.
    expect(sizes.slice(0, -1).every((size) => size.rows <= ROWS_PER_WRITE)).toBe(true);
    expect(sizes.slice(0, -1).reduce((sum, size) => sum + size.words, 0)).toBe(names.size);
    // A word with more ids than a write holds goes alone, whole, on top of its open page.
    expect(sizes.at(-1)).toEqual({ rows: Math.floor((common.length + open.ids.length) / SEARCH_PAGE_SIZE) + 1, ids: common.length + open.ids.length, words: 1 });
  });

  it('find every word of an import where almost every win has a word of its own, into an index already holding some of its words', async () => {
    const named = (index: number) => `name${String(index).padStart(5, '0')}`;
    const imported = (count: number, from: number): ExportedWin[] =>
      Array.from({ length: count }, (_, index) => {
        const { searchWords: _words, ...win } = makeWin({ text: `Walked with ${named(from + index)}`, tags: [`place${from + index}`] });
        return win;
      });
    const here = [makeWin({ text: `Called ${named(0)}` }), makeWin({ text: `Called ${named(2)}` })];
    await db.wins.bulkAdd(here);
    const file = await collectExport();
    file.data.wins = imported(ROWS_PER_WRITE + 500, 0);
    await applyImport(file);
    const pages = await idsByWord();
    for (const [index, win] of file.data.wins.entries()) {
      const before = here.filter((old) => old.text.endsWith(named(index))).map((old) => old.id);
      expect(pages[named(index)]).toEqual([...before, win.id]);
      expect(pages[`place${index}`]).toEqual([win.id]);
    }
    expect(pages.walked).toHaveLength(file.data.wins.length);
    expect((await searchWins(named(2), {}, 10)).wins.map((win) => win.id).sort()).toEqual([here[1]!.id, file.data.wins[2]!.id].sort());
  });

  it('keep rare words together on shelves by their first letters, and move a word to its own pages past a few wins', () => {
    const stored = new Map<string, ShelfRow>([['kin', { word: 'kin', page: SHELF_PAGE, ids: [], rare: [{ word: 'kingfisher', ids: ids(RARE_UP_TO - 1) }] }]]);
    const { shelves, ownPages } = shelve(
      new Map([
        ['kingfisher', ids(2, 100)],
        ['kindness', ['win-a']],
        ['noor', ['win-b']],
      ]),
      stored,
    );
    expect(shelves.map((shelf) => [shelf.word, shelf.rare.map((entry) => entry.word)])).toEqual([
      ['kin', ['kindness']],
      ['noo', ['noor']],
    ]);
    expect(ownPages.get('kingfisher')).toEqual([...ids(RARE_UP_TO - 1), ...ids(2, 100)]);
  });

  it('write shelves in requests of bounded rows and ids, never splitting a shelf', () => {
    const shelf = (key: string, count: number): ShelfRow => ({ word: key, page: SHELF_PAGE, ids: [], rare: [{ word: `${key}x`, ids: ids(count) }] });
    const many = Array.from({ length: ROWS_PER_WRITE + 1 }, (_, index) => shelf(`s${index}`, 1));
    expect(shelfBatches(many).map((batch) => batch.length)).toEqual([ROWS_PER_WRITE, 1]);
    const heavy = [shelf('aaa', IDS_PER_WRITE - 1), shelf('bbb', 2), shelf('ccc', IDS_PER_WRITE + 5)];
    expect(shelfBatches(heavy).map((batch) => batch.map((row) => row.word))).toEqual([['aaa'], ['bbb'], ['ccc']]);
  });

  it('count each word on a shelf as well as its ids, so a request of thousands of names is not one long task', () => {
    // 4,000 names of one win each per shelf: 8,000 ids fit one request, but 8,000 entries to copy do not.
    const names = (key: string): ShelfRow => ({
      word: key,
      page: SHELF_PAGE,
      ids: [],
      rare: Array.from({ length: 4000 }, (_, index) => ({ word: `${key}${index}`, ids: ids(1, index) })),
    });
    expect(shelfBatches([names('aaa'), names('bbb')]).map((batch) => batch.map((row) => row.word))).toEqual([['aaa'], ['bbb']]);
  });

  it('find a rare word from its shelf by any start of it, and stop finding it once its wins are deleted', async () => {
    const kingfisher = await addWin({ text: 'Saw a kingfisher', day: '2026-11-20' });
    await addWin({ text: 'Kind words to myself', day: '2026-11-21' });
    // "kingfisher" and "kind" share the shelf "kin"; the other words have shelves of their own ("a" and "to" their whole selves).
    const shelves = (await db.searchPages.toArray()).filter(isShelf);
    expect(shelves.map((row) => row.word).sort()).toEqual(['a', 'kin', 'mys', 'saw', 'to', 'wor']);
    expect(await db.searchPages.where('[word+page]').between(['kingfisher', 0], ['kingfisher', Infinity]).count()).toBe(0);
    for (const typed of ['ki', 'kin', 'king', 'KINGFISH']) {
      expect((await searchWins(typed === 'ki' || typed === 'kin' ? `${typed} saw` : typed, {}, 10)).wins.map((win) => win.id)).toEqual([kingfisher.id]);
    }
    expect((await searchWins('kind', {}, 10)).wins.map((win) => win.text)).toEqual(['Kind words to myself']);
    expect((await searchWins('kinder', {}, 10)).wins).toEqual([]);
    await deleteWin(kingfisher.id);
    expect((await searchWins('kingfisher', {}, 10)).wins).toEqual([]);
  });

  it('move a word that grows common off its shelf, and keep finding every win that holds it', async () => {
    const saved = [];
    for (let index = 0; index < RARE_UP_TO + 3; index += 1) saved.push(await addWin({ text: `Swam ${index + 1} lengths`, day: '2026-11-20' }));
    const pages = await idsByWord();
    expect(pages.swam).toEqual(saved.map((win) => win.id));
    const own = await db.searchPages.get(['swam', 0]);
    expect(own?.ids).toHaveLength(RARE_UP_TO + 3);
    expect((await searchWins('swa', {}, 50)).wins).toHaveLength(RARE_UP_TO + 3);
  });

  it('put an import of words each in one win on a few shelves, not a row per word', async () => {
    const file = await collectExport();
    file.data.wins = Array.from({ length: 2000 }, (_, index) => {
      const { searchWords: _words, ...win } = makeWin({ text: `Walked with ${['sam', 'noor', 'kit', 'jo'][index % 4]}${index}` });
      return win;
    });
    await applyImport(file);
    // "walked" and "with" have pages of their own; the 2,000 names sit on four shelves.
    expect(await db.searchPages.count()).toBeLessThan(40);
    expect((await searchWins('noor1001', {}, 10)).wins.map((win) => win.text)).toEqual(['Walked with noor1001']);
    const texts = (await searchWins('noor100', {}, 20)).wins.map((win) => win.text).sort();
    expect(texts).toEqual(['Walked with noor1001', 'Walked with noor1005', 'Walked with noor1009']);
    expect((await searchWins('noor', {}, 1000)).wins).toHaveLength(500);
  });
});
