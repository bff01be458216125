import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { applyImport, collectExport, deleteEverything, markBackedUp, previewImport, readBackupStatus } from '@/db/repo/backup';
import { countJar, pullFromJar } from '@/db/repo/jar';
import { valuesRepo } from '@/db/repo/values';
import { addWin, deleteWin, listWinsForDay } from '@/db/repo/wins';
import { exportCsv, exportJsonParts, exportMarkdown, needsBackupNudge } from '@/domain/export-writers';
import { IMPORT_MAX_BYTES, readImport } from '@/domain/read-import';
import { wordsOfStored } from '@/domain/search-text';
import { idsByWord } from '../../support/search-index';
import { TAG_MAX_LENGTH, TAGS_MAX } from '@/domain/tags';
import { WIN_TEXT_MAX } from '@/domain/win';

async function exportText(): Promise<string> {
  return (await exportJsonParts(await collectExport(new Date(Date.UTC(2026, 10, 25))))).join('');
}

async function importText(text: string) {
  const reading = await readImport(text);
  if (!reading.ok) throw new Error(`${reading.problem}: ${reading.detail ?? ''}`);
  return applyImport(reading.file);
}

/** Every row of every exported table, in a stable order, to compare databases. */
async function snapshot() {
  const tables = ['wins', 'slips', 'quickPicks', 'prompts', 'affirmations', 'values', 'goals', 'goalSteps'];
  const all = await Promise.all(tables.map(async (name) => (await db.table(name).toArray()) as { id: string }[]));
  // Which wins each word finds must match too (in whatever order they were written), or search would drift.
  const found = new Map<string, string[]>();
  for (const page of await db.searchPages.toArray()) found.set(page.word, [...(found.get(page.word) ?? []), ...page.ids].sort());
  return [...all.map((rows) => rows.sort((a, b) => a.id.localeCompare(b.id))), Object.fromEntries(found)];
}

const awkward = ['Called mum 📞 and laughed', 'قلت لا بلطف', 'Line one\nline two', '<b>not html</b> "quoted", =SUM(A1)'];

describe('export and import', () => {
  it('round-trips everything: export, delete everything, import, and the data is the same', async () => {
    await valuesRepo.add({ text: 'Kindness' });
    const [value] = await valuesRepo.list();
    for (const [index, text] of awkward.entries()) {
      await addWin({ text, why: index === 0 ? 'felt close' : '', tags: ['family'], valueIds: [value!.id], day: `2026-11-2${index}` });
    }
    const before = await snapshot();
    const text = await exportText();
    await deleteEverything();
    expect(await db.wins.count()).toBe(0);
    await importText(text);
    expect(await snapshot()).toEqual(before);
    expect(await countJar()).toBe(4);
    expect((await pullFromJar())?.text).toBeDefined();
  });

  it('brings back a win with every field at its longest: what can be saved can be imported', async () => {
    const longest = (char: string) => char.repeat(WIN_TEXT_MAX);
    const tags = Array.from({ length: TAGS_MAX }, (_, index) => `${String(index).padStart(3, '0')}${'t'.repeat(TAG_MAX_LENGTH - 3)}`);
    await addWin({ text: longest('w'), why: longest('y'), tags, day: '2026-11-25', struggle: { text: longest('h'), inJar: true } });
    const reading = await readImport(await exportText());
    expect(reading).toMatchObject({ ok: true });
  });

  it('brings back a hard-day note written long before notes were held to a win’s length', async () => {
    const win = await addWin({ text: 'Got through it', day: '2026-11-20' });
    await db.wins.update(win.id, { struggle: 'h'.repeat(WIN_TEXT_MAX * 3), foundInStruggle: 1 });
    expect(await readImport(await exportText())).toMatchObject({ ok: true });
  });

  it('adds nothing when the same file is imported twice', async () => {
    await addWin({ text: 'Made tea', day: '2026-11-25' });
    const text = await exportText();
    expect(await importText(text)).toBe(0);
    expect(await db.wins.count()).toBe(1);
  });

  it('keeps whichever copy of a win was changed last', async () => {
    const win = await addWin({ text: 'Old words', day: '2026-11-25' }, 1_795_000_000_000);
    const file = await collectExport();
    file.data.wins[0] = { ...file.data.wins[0]!, text: 'Newer words', updatedAt: 1_795_000_100_000 };
    const preview = await previewImport(file);
    expect(preview).toMatchObject({ wins: 1, alreadyHere: 0, changes: 1, firstDay: '2026-11-25', lastDay: '2026-11-25' });
    await applyImport(file);
    expect((await db.wins.get(win.id))?.text).toBe('Newer words');
    expect(wordsOfStored((await listWinsForDay('2026-11-25'))[0]?.searchWords)).toContain('newer');

    file.data.wins[0] = { ...file.data.wins[0], text: 'Older words', updatedAt: 1_795_000_050_000 };
    await applyImport(file);
    expect((await db.wins.get(win.id))?.text).toBe('Newer words');
  });

  it('files each word of a win once in search, whether the import adds the win or replaces it', async () => {
    const here = await addWin({ text: 'Quiet walk', day: '2026-11-25' }, 1_795_000_000_000);
    const file = await collectExport();
    const replaced = { ...file.data.wins[0]!, text: 'Quiet walk home', updatedAt: 1_795_000_100_000 };
    const added = { ...replaced, id: 'new-on-this-phone', text: 'Quiet morning' };
    file.data.wins = [added, replaced];
    await applyImport(file);
    // Every filing of the word, on its own pages or on its shelf, duplicates kept.
    const idsFor = async (word: string) => (idsByWord(await db.searchPages.toArray())[word] ?? []).sort();
    // "quiet" was a word of the stored copy already: the replacing copy must not file it again.
    expect(await idsFor('quiet')).toEqual([here.id, 'new-on-this-phone'].sort());
    expect(await idsFor('home')).toEqual([here.id]);
    expect(await idsFor('morning')).toEqual(['new-on-this-phone']);
  });

  it('previews the wins a file keeps, and the deletions in it that would take a win away here', async () => {
    const win = await addWin({ text: 'Here, deleted there', day: '2026-11-25' }, 1_795_000_000_000);
    const file = await collectExport();
    const deletedThere = { deletedAt: 1_795_000_100_000, updatedAt: 1_795_000_100_000 };
    file.data.wins = [
      { ...file.data.wins[0]!, ...deletedThere },
      // Deleted there long ago, and never here: nothing to remove, nothing to count.
      { ...file.data.wins[0]!, id: 'gone-long-ago', day: '2005-01-01', ...deletedThere },
    ];
    expect(await previewImport(file)).toMatchObject({ wins: 0, firstDay: null, lastDay: null, alreadyHere: 0, staysDeleted: 0, removedHere: 1 });
    await applyImport(file);
    expect((await db.wins.get(win.id))?.deletedAt).toBe(deletedThere.deletedAt);
  });

  it('leaves the database exactly as it was when a write goes wrong part-way', async () => {
    await addWin({ text: 'Here before', day: '2026-11-01' });
    const before = await snapshot();
    const file = await collectExport();
    file.data.wins = Array.from({ length: 2500 }, (_, index) => ({ ...file.data.wins[0]!, id: `imported-${index}`, text: `Imported ${index}` }));
    // Every table shares Dexie's Table prototype; the second chunk of wins is refused.
    const tables = Object.getPrototypeOf(db.wins) as typeof db.wins;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with each table as `this`
    const real = tables.bulkPut;
    let calls = 0;
    vi.spyOn(tables, 'bulkPut').mockImplementation(function (this: typeof db.wins, ...args: Parameters<typeof real>) {
      if (this.name === 'wins' && ++calls === 2) return Dexie.Promise.reject(new Error('disk full'));
      return real.apply(this, args);
    });
    await expect(applyImport(file)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });

  it('writes a readable journal and a spreadsheet that no formula can hijack', async () => {
    for (const [index, text] of awkward.entries()) await addWin({ text, day: `2026-11-2${index}`, tags: ['t'] });
    const file = await collectExport();
    const markdown = (await exportMarkdown(file, '2026-11-25')).join('');
    expect(markdown).toContain('## Friday, 20 November\n\n- Called mum 📞 and laughed');
    expect(markdown).toContain('- Line one\n  line two');
    // Shown as written in a Markdown viewer: no HTML from a win, no heading or list made of its lines.
    expect(markdown).toContain('- \\<b>not html\\</b> "quoted", =SUM(A1)');
    const csv = (await exportCsv(file)).join('');
    // Led by a byte order mark, so Excel reads it as UTF-8.
    expect(csv.split('\r\n')[0]).toBe('\ufeff"day","written_at","win","why_it_mattered","tags","values","kept_close","found_in_a_hard_day","in_jar"');
    expect(csv).toContain('"<b>not html</b> ""quoted"", =SUM(A1)"');
    expect(csv).toContain('"Line one\nline two"');
  });
});

describe('the Markdown journal', () => {
  it('keeps a win’s own lines as lines of the win, not headings, quotes or lists', async () => {
    await addWin({ text: 'Three things:\n1. a walk\n# not a heading\n> not a quote\n- not a list', day: '2026-11-24' });
    const markdown = (await exportMarkdown(await collectExport(), '2026-11-25')).join('');
    expect(markdown).toContain('- Three things:\n  1\\. a walk\n  \\# not a heading\n  \\> not a quote\n  \\- not a list\n');
  });

  it('lets no fence, underline or backslash of a win change the rest of the journal', async () => {
    await addWin({ text: 'Wrote code\n```\nstill the win\n===\na \\<b> that stays text', day: '2026-11-24' });
    const markdown = (await exportMarkdown(await collectExport(), '2026-11-25')).join('');
    expect(markdown).toContain('- Wrote code\n  \\`\\`\\`\n  still the win\n  \\===\n  a \\\\\\<b> that stays text\n');
  });

  it('makes no link, image, emphasis or code of a win’s words, so a viewer fetches nothing and shows them as typed', async () => {
    await addWin({ text: 'Saw ![a cat](https://example.org/cat.png) and [my notes](https://example.org), *so* _glad_ `ok`', day: '2026-11-24' });
    const markdown = (await exportMarkdown(await collectExport(), '2026-11-25')).join('');
    expect(markdown).toContain(
      '- Saw !\\[a cat\\](https://example.org/cat.png) and \\[my notes\\](https://example.org), \\*so\\* \\_glad\\_ \\`ok\\`\n',
    );
  });
});

describe('hostile and broken files', () => {
  async function validFile() {
    await addWin({ text: 'Real win', day: '2026-11-25' });
    return JSON.parse(await exportText()) as { version: number; data: { wins: Record<string, unknown>[] } };
  }

  // Each with the problem, and for a row that is wrong, the words that say which row and field.
  const cases: [string, (file: Awaited<ReturnType<typeof validFile>>) => string, string, string?][] = [
    ['not JSON', () => 'this is not json {', 'not-json'],
    ['a backup of ours cut short', (file) => JSON.stringify(file).slice(0, -40), 'cut-short'],
    // The sealed header's shape, indented as the app writes it; the rest never arrived.
    ['a sealed backup cut short', () => JSON.stringify({ format: 'small-wins-sealed', version: 1, kdf: { name: 'PBKDF2' } }, null, 2).slice(0, -20), 'cut-short'],
    ['an empty file', () => '', 'empty'],
    ['a file of spaces and line breaks', () => ' \n\r\n\t ', 'empty'],
    ['our journal', () => '# Small Wins\n\nExported 2026-11-25.\n\n## Wednesday, 25 November\n\n- Real win\n', 'our-journal'],
    ['our spreadsheet, saved again by a spreadsheet', () => '\uFEFFday,written_at,win,why_it_mattered,tags,values,kept_close,found_in_a_hard_day,in_jar\r\n2026-11-25,x,Real win,,,,0,0,1\r\n', 'our-spreadsheet'],
    ['another app’s file', () => JSON.stringify({ format: 'other-app', entries: [] }), 'not-ours'],
    ['a list instead of a backup', () => JSON.stringify([{ format: 'small-wins-export' }]), 'not-ours'],
    ['a newer version', (file) => JSON.stringify({ ...file, version: 99 }), 'newer-version'],
    ['a version never written', (file) => JSON.stringify({ ...file, version: 0 }), 'invalid', 'the file’s version number is 0, which no Small Wins has ever written'],
    ['wrong types', (file) => JSON.stringify({ ...file, data: { ...file.data, wins: [{ ...file.data.wins[0], text: 42 }] } }), 'invalid', 'win 1’s text is 42, where text belongs'],
    ['a missing field', (file) => JSON.stringify({ ...file, data: { ...file.data, wins: [{ ...file.data.wins[0], day: undefined }] } }), 'invalid', 'win 1 has no day'],
    ['a missing table', (file) => JSON.stringify({ ...file, data: { ...file.data, goals: undefined } }), 'invalid', 'the file has no list of goals'],
    ['an impossible date', (file) => JSON.stringify({ ...file, data: { ...file.data, wins: [{ ...file.data.wins[0], day: '2026-02-30' }] } }), 'invalid', 'win 1’s day is an impossible date'],
    ['a far-future timestamp', (file) => JSON.stringify({ ...file, data: { ...file.data, wins: [{ ...file.data.wins[0], createdAt: 9e15 }] } }), 'invalid', 'win 1’s creation date is an impossible date'],
    ['duplicate ids', (file) => JSON.stringify({ ...file, data: { ...file.data, wins: [file.data.wins[0], file.data.wins[0]] } }), 'duplicate-ids'],
    ['text over the limit', (file) => JSON.stringify({ ...file, data: { ...file.data, wins: [{ ...file.data.wins[0], text: 'x'.repeat(2001) }] } }), 'invalid', 'win 1’s text is longer than 2000 characters'],
    ['a __proto__ key', (file) => JSON.stringify(file).replace('"data":{', '"data":{"__proto__":{"polluted":true},'), 'unsafe-keys'],
    ['an extra field', (file) => JSON.stringify({ ...file, data: { ...file.data, wins: [{ ...file.data.wins[0], script: '<script>' }] } }), 'invalid', 'win 1 holds "script", which a Small Wins backup never has'],
    ['50 MB of garbage', () => 'x'.repeat(50 * 1024 * 1024), 'not-json'],
    ['over the size limit', () => ' '.repeat(IMPORT_MAX_BYTES + 1), 'too-large'],
  ];

  it('accepts a win whose words happen to look like a forbidden key', async () => {
    await addWin({ text: 'Wrote "constructor": in my notes, then rested', day: '2026-11-25' });
    const reading = await readImport(await exportText());
    expect(reading.ok).toBe(true);
  });

  it('refuses a big file from another app without reading it all first', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const other = JSON.stringify({ app: 'another-journal', entries: Array.from({ length: 200_000 }, (_, index) => ({ index })) });
    expect(await readImport(other)).toMatchObject({ ok: false, problem: 'not-ours' });
    expect(await readImport(`[${other}]`)).toMatchObject({ ok: false, problem: 'not-ours' });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('calls a big sealed backup cut short, not another app’s file', async () => {
    const header = JSON.stringify({ format: 'small-wins-sealed', version: 1, data: 'A'.repeat(2 * 1024 * 1024) }, null, 2);
    expect(await readImport(header.slice(0, -30))).toMatchObject({ ok: false, problem: 'cut-short' });
  });

  it('tells a big journal apart without parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const journal = `# Small Wins\n\nExported 2026-11-25.\n\n${'- Walked to the sea\n'.repeat(100_000)}`;
    expect(await readImport(journal)).toMatchObject({ ok: false, problem: 'our-journal' });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('still reads a big backup of ours whose format is named at the end', async () => {
    await addWin({ text: 'Real win', day: '2026-11-25' });
    const { format, ...rest } = JSON.parse(await exportText()) as { format: string; data: { wins: { text: string }[] } };
    rest.data.wins[0]!.text = 'x'.repeat(1_900);
    const padded = JSON.stringify({ ...rest, format }).replace('{', `{${' '.repeat(1024 * 1024)}`);
    expect(await readImport(padded)).toMatchObject({ ok: true });
  });

  // That nothing is written is the import screen's to show (tests/unit/features); here, the reading.
  it.each(cases)('refuses %s with a clear reason', async (_name, make, problem, detail) => {
    const reading = await readImport(make(await validFile()));
    expect(reading).toMatchObject({ ok: false, problem });
    if (detail !== undefined) expect(reading).toMatchObject({ detail });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the backup reminder', () => {
  const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

  it('counts calendar days, as people do: a backup late last night was yesterday by breakfast', async () => {
    await markBackedUp(at(20, 23));
    expect((await readBackupStatus(at(20, 23) + 60_000)).daysSince).toBe(0);
    expect((await readBackupStatus(at(21, 8))).daysSince).toBe(1);
    expect((await readBackupStatus(at(22, 22))).daysSince).toBe(2);
  });

  it('counts a backup brought in as a backup made when it was saved, so a new phone is not nudged at once', async () => {
    await addWin({ text: 'Written long ago', day: '2026-09-01' }, new Date(2026, 8, 1, 9).getTime());
    const file = await collectExport();
    file.exportedAt = new Date(at(20, 9)).toISOString();
    await deleteEverything();
    await applyImport(file);
    const status = await readBackupStatus(at(22, 9));
    expect(status).toEqual({ lastBackupAt: at(20, 9), daysSince: 2, newWinsSince: 0 });
    expect(needsBackupNudge(status.daysSince, status.newWinsSince)).toBe(false);

    // An older file brought in later leaves the newer backup's date alone.
    file.exportedAt = new Date(at(10, 9)).toISOString();
    await applyImport(file);
    expect((await readBackupStatus(at(22, 9))).lastBackupAt).toBe(at(20, 9));
  });

  it('does not count a file brought into a device with wins of its own, which are in no backup', async () => {
    await addWin({ text: 'Only on this phone', day: '2026-11-01' }, at(1, 9));
    const file = await collectExport();
    file.data.wins = [];
    file.exportedAt = new Date(at(20, 9)).toISOString();
    await applyImport(file);
    expect((await readBackupStatus(at(22, 9))).lastBackupAt).toBeNull();
  });

  it('with no backup yet, counts every kept win and the days since the first was written', async () => {
    await addWin({ text: 'Opened the curtains', day: '2026-10-20' }, new Date(2026, 9, 20, 9).getTime());
    const dropped = await addWin({ text: 'A typo', day: '2026-11-25' }, at(25, 10));
    await deleteWin(dropped.id);
    const status = await readBackupStatus(at(25, 12));
    expect(status).toEqual({ lastBackupAt: null, daysSince: 36, newWinsSince: 1 });
    expect(needsBackupNudge(status.daysSince, status.newWinsSince)).toBe(true);
  });

  it('with no backup yet, a day filled in far back does not start the count again', async () => {
    await addWin({ text: 'Opened the curtains', day: '2026-10-20' }, new Date(2026, 9, 20, 9).getTime());
    // Written today, for a day last summer: the earliest day, but not the first win written.
    await addWin({ text: 'Swam in the sea', day: '2026-07-01' }, at(25, 11));
    const status = await readBackupStatus(at(25, 12));
    expect(status).toEqual({ lastBackupAt: null, daysSince: 36, newWinsSince: 2 });
    expect(needsBackupNudge(status.daysSince, status.newWinsSince)).toBe(true);
  });

  it('after a backup, counts the wins written since, that day and after, and nudges at a hundred', async () => {
    await addWin({ text: 'Before the backup, same day', day: '2026-11-20' }, at(20, 8));
    await addWin({ text: 'The day before', day: '2026-11-19' }, at(19, 21));
    await markBackedUp(at(20, 9));
    await addWin({ text: 'After the backup, same day', day: '2026-11-20' }, at(20, 18));
    await addWin({ text: 'Two days later', day: '2026-11-22' }, at(22, 18));
    let status = await readBackupStatus(at(22, 20));
    expect(status).toEqual({ lastBackupAt: at(20, 9), daysSince: 2, newWinsSince: 2 });
    expect(needsBackupNudge(status.daysSince, status.newWinsSince)).toBe(false);

    for (let win = 0; win < 98; win += 1) await addWin({ text: `Small thing ${win}`, day: '2026-11-22' }, at(22, 19) + win);
    status = await readBackupStatus(at(22, 20));
    expect(status.newWinsSince).toBe(100);
    expect(needsBackupNudge(status.daysSince, status.newWinsSince)).toBe(true);
  });

  it('counts a win written in the small hours after a backup, though it belongs to the day before', async () => {
    await markBackedUp(at(21, 0) + 30 * 60_000);
    await addWin({ text: 'Could not sleep, so I stretched', day: '2026-11-20' }, at(21, 2));
    await addWin({ text: 'Evening before the backup', day: '2026-11-20' }, at(20, 22));
    expect((await readBackupStatus(at(21, 9))).newWinsSince).toBe(1);
  });

  it('does not take a deleted win, or a day filled in today, for the first win', async () => {
    const deleted = await addWin({ text: 'Written by mistake', day: '2026-09-01' }, new Date(2026, 8, 1, 9).getTime());
    await deleteWin(deleted.id);
    await addWin({ text: 'Remembered a good day', day: '2026-10-01' }, at(25, 9));
    const status = await readBackupStatus(at(25, 12));
    expect(status.daysSince).toBe(0);
    expect(needsBackupNudge(status.daysSince, status.newWinsSince)).toBe(false);
  });

  it('nudges after 30 days without a backup, however few wins came since', async () => {
    await markBackedUp(at(1, 9));
    expect(needsBackupNudge((await readBackupStatus(at(1, 9) + 29 * 86_400_000)).daysSince, 0)).toBe(false);
    expect(needsBackupNudge((await readBackupStatus(at(1, 9) + 30 * 86_400_000)).daysSince, 0)).toBe(true);
  });
});
