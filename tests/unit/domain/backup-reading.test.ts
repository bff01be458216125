import { describe, expect, it } from 'vitest';
import { collectExport } from '@/db/repo/backup';
import { sealBackup } from '@/domain/backup-crypto';
import { readBackup } from '@/domain/backup-reading';
import { exportJsonParts } from '@/domain/export-writers';
import { readImport } from '@/domain/read-import';
import { makeWin } from '../../support/factories';
// jsdom's Blob reads its text through this (every browser's has text() of its own).
import '../../support/file-catcher';

// Sealing and opening each derive a key with 600,000 PBKDF2 rounds.
const timeout = 30_000;

/** A backup of `wins` made-up wins (and the app's built-in lists), as the app saves it. */
async function backupText(wins: number): Promise<string> {
  const file = await collectExport(new Date(Date.UTC(2026, 10, 25)));
  file.data.wins = Array.from({ length: wins }, (_, index) => {
    const { searchWords: _words, ...win } = makeWin({ text: `Walked ${index + 1} steps 🚶🏽 — مشيت`, day: '2026-11-20' });
    return win;
  });
  return (await exportJsonParts(file)).join('');
}

/** Reads `file` as the import worker does, noting what it is told along the way. */
async function readAsTheWorkerDoes(file: Blob, passphrase: string | null) {
  let opened = false;
  const progress: number[] = [];
  const result = await readBackup({ file, passphrase }, { onOpened: () => (opened = true), onProgress: (fraction) => progress.push(fraction) });
  return { result, opened, progress };
}

describe('reading a picked backup, as its worker does', () => {
  it('hands back the same checked file as reading its text in one piece, with progress up to the end', async () => {
    const text = await backupText(12_000);
    const whole = await readImport(text);
    const { result, progress } = await readAsTheWorkerDoes(new Blob([text]), null);
    expect(result).toEqual({ kind: 'read', reading: whole });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
  });

  it('passes a refused file’s reason on', async () => {
    const { result } = await readAsTheWorkerDoes(new Blob([JSON.stringify({ format: 'another-app', notes: [] })]), null);
    expect(result).toEqual({ kind: 'read', reading: { ok: false, problem: 'not-ours' } });
  });

  it('asks for a sealed file’s passphrase, refuses a wrong one, and opens it with the right one', { timeout }, async () => {
    const plain = await backupText(3);
    const sealed = new Blob([await sealBackup(plain, 'tea at four')]);
    expect((await readAsTheWorkerDoes(sealed, null)).result).toEqual({ kind: 'needs-passphrase' });
    expect((await readAsTheWorkerDoes(sealed, 'coffee at four')).result).toEqual({ kind: 'sealed', reason: 'wrong-passphrase' });
    const opened = await readAsTheWorkerDoes(sealed, 'tea at four');
    expect(opened.opened).toBe(true);
    expect(opened.result).toEqual({ kind: 'read', reading: await readImport(plain) });
  });

  it('says at once when a sealed file’s header is damaged, before any passphrase', async () => {
    const sealed = JSON.stringify({ format: 'small-wins-sealed', version: 1, kdf: { name: 'PBKDF2' }, cipher: {}, data: '' });
    expect((await readAsTheWorkerDoes(new Blob([sealed]), null)).result).toEqual({ kind: 'sealed', reason: 'damaged' });
  });

  it('says a file that cannot be read off the device is unreadable', async () => {
    const gone = new Blob(['x']);
    Object.defineProperty(gone, 'text', { value: () => Promise.reject(new DOMException('The file is gone', 'NotReadableError')) });
    expect((await readAsTheWorkerDoes(gone, null)).result).toEqual({ kind: 'unreadable' });
  });
});
