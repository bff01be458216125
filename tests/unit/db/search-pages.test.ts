import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { applyImport, collectExport } from '@/db/repo/backup';
import { searchWins } from '@/db/repo/history';
import { updateWin } from '@/db/repo/win-edits';
import { addWin, deleteWin } from '@/db/repo/wins';
import { winsWithWordFrom } from '@/db/repo/word-hits';
import { IDS_PER_WRITE, pagesAfterAdding, ROWS_PER_WRITE, SEARCH_PAGE_SIZE, writeBatches } from '@/db/search-pages';
import type { ExportedWin } from '@/domain/export-format';
import { makeWin } from '../../support/factories';

const ids = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `win-${from + index}`);

/** Every id each word's pages hold, in the order written. */
async function idsByWord(): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const page of await db.searchPages.toArray()) {
    // Sealed pages (1, 2, …) hold the oldest ids; the open page 0 the newest.
    if (page.page === 0) found[page.word] = [...(found[page.word] ?? []), ...page.ids];
    else found[page.word] = [...page.ids, ...(found[page.word] ?? [])];
  }
  return found;
}

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
});
