import { act, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectExport } from '@/db/repo/backup';
import { sealBackup } from '@/domain/backup-crypto';
import { EXPORT_VERSION } from '@/domain/export-format';
import { exportCsv, exportMarkdown } from '@/domain/export-writers';
import { IMPORT_MAX_BYTES } from '@/domain/read-import';
import { WIN_TEXT_MAX } from '@/domain/win';
import { dumpDatabase } from '../../support/dump-database';
import { backupText, exportedWin, jsonFile, openImportPanel, pick, problemShown, someWinsAlready } from '../../support/import-screen';
import { seededRandom } from '../../support/seeded-random';
import { useAppStore } from '@/store/store';

const nothingChanged = 'Nothing was changed.';
const pickOurs = 'Pick a backup that Small Wins saved: its name starts with “small-wins-” and ends in .json.';
const tryAnotherCopy = 'If you have another copy of this backup, try that one, or save a fresh backup on the device it came from.';

// The screen's code is loaded on demand; the first load (and its transform) can outlast a find's second.
beforeAll(() => import('@/features/backup/backup-screen'));
beforeEach(someWinsAlready);

/** Picks the file, waits for what the panel says, and checks the database is exactly as it was. */
async function refused(file: File): Promise<string> {
  const before = await dumpDatabase();
  const { user, panel, unmount } = await openImportPanel();
  await pick(user, file);
  const message = await problemShown(panel);
  expect(panel.queryByRole('button', { name: /^Bring in/ })).not.toBeInTheDocument();
  expect(await dumpDatabase()).toEqual(before);
  // Some tests pick more than one file: each on a screen of its own.
  unmount();
  return message;
}

describe('files that are not a Small Wins backup', () => {
  it('refuses a file that is not JSON', async () => {
    expect(await refused(jsonFile('Monday: walked the dog. Tuesday: rested.', 'journal.txt'))).toBe(
      `That file is not a Small Wins backup (it is not JSON). ${nothingChanged} ${pickOurs}`,
    );
  });

  it('refuses another app’s file', async () => {
    const file = jsonFile(JSON.stringify({ format: 'other-app', notes: ['<script>alert(1)</script>'] }), 'notes.json');
    expect(await refused(file)).toBe(`That file looks like it comes from another app, not Small Wins. ${nothingChanged} ${pickOurs}`);
  });

  it('refuses a file with prototype keys', async () => {
    const text = (await backupText()).replace('"data":{', '"data":{"__proto__":{"polluted":true},');
    expect(await refused(jsonFile(text))).toBe(
      `That file holds something a Small Wins backup never does, so it was not read. ${nothingChanged} ${pickOurs}`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a big file of garbage', { timeout: 20_000 }, async () => {
    const random = seededRandom(8);
    const bytes = Uint8Array.from({ length: 4 * 1024 * 1024 }, () => Math.floor(random() * 256));
    expect(await refused(new File([bytes], 'small-wins-2026-11-20.json', { type: 'application/json' }))).toMatch(/it is not JSON/);
  });

  it('refuses a file larger than any backup from its size, without reading it', async () => {
    const file = jsonFile('{"format": "small-wins-export"}');
    Object.defineProperty(file, 'size', { value: IMPORT_MAX_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    expect(await refused(file)).toBe(
      `That file is far larger than any Small Wins backup, so it was not read. ${nothingChanged} Check that you picked the right file.`,
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a backup from a newer version of Small Wins, and points to the note that brings the update in', async () => {
    const text = await backupText((file) => Object.assign(file, { version: EXPORT_VERSION + 1 }));
    // The service worker waits for the note's button (prompt mode): a reload alone keeps this version.
    expect(await refused(jsonFile(text))).toBe(
      `That backup comes from a newer version of Small Wins. ${nothingChanged} Update first: when the note “A new version of Small Wins is ready” appears (it comes while you are online), tap its Reload button. Then pick this file again.`,
    );
    // The note and the button it names are the ones the app shows.
    await openImportPanel();
    act(() => useAppStore.getState().setUpdateReady(true));
    const note = screen.getByText('A new version of Small Wins is ready.').closest('div')!;
    expect(within(note as HTMLElement).getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});

describe('our own files that are not a backup, and empty ones', () => {
  const forReading = (what: string) =>
    `That is the ${what} Small Wins saves for reading, not a backup, so it cannot come back in. ${nothingChanged} To bring your wins back, pick a backup instead: its name ends in .json (or .sealed.json, when it is sealed).`;

  it('says the journal is for reading, and which file comes back in', async () => {
    const journal = (await exportMarkdown(await collectExport(), '2026-11-20')).join('');
    expect(await refused(new File([journal], 'small-wins-2026-11-20.md', { type: 'text/markdown' }))).toBe(forReading('journal'));
  });

  it('says the spreadsheet is for reading, and which file comes back in', async () => {
    const spreadsheet = (await exportCsv(await collectExport())).join('');
    expect(await refused(new File([spreadsheet], 'small-wins-2026-11-20.csv', { type: 'text/csv' }))).toBe(forReading('spreadsheet'));
  });

  it('says an empty file is empty, whether it has no bytes or only spaces and line breaks', async () => {
    const empty = `That file is empty, so there was nothing in it to bring in. ${nothingChanged} If it was meant to be a backup, try another copy, or save a fresh backup on the device it came from.`;
    expect(await refused(jsonFile(''))).toBe(empty);
    expect(await refused(jsonFile(' \n\r\n\t '))).toBe(empty);
  });
});

describe('a sealed backup cut short', () => {
  const cutShort = /^That backup stops part-way, as a file does when its download or copy was cut short, so none of it was brought in\. Nothing was changed\./;
  const sealed = async (text: string) => sealBackup(text, 'correct horse battery');

  it('after 300 bytes, or without its last 30, stops part-way like a plain backup', { timeout: 30_000 }, async () => {
    const text = await sealed(await backupText());
    expect(await refused(jsonFile(text.slice(0, 300), 'small-wins-2026-12-01.sealed.json'))).toMatch(cutShort);
    expect(await refused(jsonFile(text.slice(0, -30), 'small-wins-2026-12-01.sealed.json'))).toMatch(cutShort);
  });

  it('over a megabyte, stops part-way rather than coming from another app', { timeout: 30_000 }, async () => {
    const big = await backupText((file) => {
      file.data.wins = Array.from({ length: 600 }, () => exportedWin({ text: 'A long walk by the sea, step by step. '.repeat(50) }));
    });
    const text = await sealed(big);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    expect(await refused(jsonFile(text.slice(0, -30), 'small-wins-2026-12-01.sealed.json'))).toMatch(cutShort);
  });
});

describe('backups with something wrong inside, named in plain words', () => {
  const invalid = (what: string) => `Part of that file is not what a Small Wins backup holds: ${what}. None of it was brought in, and nothing was changed. ${tryAnotherCopy}`;

  it('names a field of the wrong type', async () => {
    const text = await backupText((file) => file.data.wins.push({ ...exportedWin(), favourite: 2 as 0 }));
    expect(await refused(jsonFile(text))).toBe(invalid('win 4’s kept-close mark is 2, where 0 or 1 belongs'));
  });

  it('names text where a number belongs', async () => {
    const text = await backupText((file) => file.data.wins.push({ ...exportedWin(), createdAt: 'yesterday' as unknown as number }));
    expect(await refused(jsonFile(text))).toBe(invalid('win 4’s creation date is "yesterday", where a number belongs'));
  });

  it('names a missing field', async () => {
    const text = await backupText((file) => {
      const { day: _day, ...noDay } = exportedWin();
      file.data.wins.unshift(noDay as never);
    });
    expect(await refused(jsonFile(text))).toBe(invalid('win 1 has no day'));
  });

  it('names a missing part of the file', async () => {
    const text = await backupText((file) => Reflect.deleteProperty(file.data, 'settings'));
    expect(await refused(jsonFile(text))).toBe(invalid('the file has no settings section'));
  });

  it('names an impossible date', async () => {
    const text = await backupText((file) => file.data.wins.push(exportedWin({ day: '2026-02-30' })));
    expect(await refused(jsonFile(text))).toBe(invalid('win 4’s day is an impossible date'));
  });

  it('names over-long text', async () => {
    const text = await backupText((file) => file.data.wins.push(exportedWin({ text: 'x'.repeat(WIN_TEXT_MAX + 1) })));
    expect(await refused(jsonFile(text))).toBe(invalid(`win 4’s text is longer than ${WIN_TEXT_MAX} characters`));
  });

  it('names a field no backup has', async () => {
    const text = await backupText((file) => file.data.values.push({ ...file.data.values[0]!, id: 'v-2', mood: 'low' } as never));
    expect(await refused(jsonFile(text))).toBe(invalid('value 2 holds "mood", which a Small Wins backup never has'));
  });

  it('refuses the same win listed twice', async () => {
    const text = await backupText((file) => file.data.wins.push({ ...file.data.wins[0]!, text: 'A changed copy' }));
    expect(await refused(jsonFile(text))).toBe(`That file lists the same win twice, so none of it was brought in. ${nothingChanged} ${tryAnotherCopy}`);
  });

  it('names a row that is not a row at all', async () => {
    const text = await backupText((file) => file.data.wins.push(null as never));
    expect(await refused(jsonFile(text))).toBe(invalid('win 4 is null, not a win'));
  });
});
