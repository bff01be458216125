import { describe, expect, it } from 'vitest';
import { collectExport } from '@/db/repo/backup';
import { addWin } from '@/db/repo/wins';
import { sealBackup } from '@/domain/backup-crypto';
import { exportCsv, exportJsonParts, exportMarkdown } from '@/domain/export-writers';
import { ownFileKind } from '@/domain/own-file-kind';

async function files() {
  await addWin({ text: 'Walked to the sea', day: '2026-11-25' });
  const data = await collectExport();
  const backup = (await exportJsonParts(data)).join('');
  return {
    backup,
    sealed: await sealBackup(backup, 'correct horse battery'),
    journal: (await exportMarkdown(data, '2026-11-25')).join(''),
    spreadsheet: (await exportCsv(data)).join(''),
  };
}

describe('ownFileKind', () => {
  it('knows each file the app saves, whole or cut short after its first line', { timeout: 30_000 }, async () => {
    const { backup, sealed, journal, spreadsheet } = await files();
    for (const cut of [Infinity, 300]) {
      expect(ownFileKind(backup.slice(0, cut))).toBe('backup');
      expect(ownFileKind(sealed.slice(0, cut))).toBe('sealed-backup');
      expect(ownFileKind(journal.slice(0, cut))).toBe('journal');
      expect(ownFileKind(spreadsheet.slice(0, cut))).toBe('spreadsheet');
    }
  });

  it('knows the spreadsheet saved again by a spreadsheet app, unquoted and with a byte order mark', async () => {
    const { spreadsheet } = await files();
    expect(ownFileKind(`\uFEFF${spreadsheet.replace(/^\uFEFF/, '').replaceAll('"', '')}`)).toBe('spreadsheet');
  });

  it('is not fooled by a win that names the other format, or by another app’s file that mentions ours', async () => {
    await addWin({ text: '"format": "small-wins-sealed"', day: '2026-11-25' });
    expect(ownFileKind((await exportJsonParts(await collectExport())).join(''))).toBe('backup');
    expect(ownFileKind(JSON.stringify({ notes: ['small-wins-export', 'small-wins-sealed'] }))).toBeNull();
    expect(ownFileKind('# Small Wins of mine, and other notes')).toBeNull();
  });
});
