import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { checkPickedBackup, type PickedRead } from '@/features/backup/read-backup';
import { SILENT_WORKER_MS } from '@/features/backup/worker-line';
import { dumpDatabase } from '../../support/dump-database';
import { InProcessBackupWorker } from '../../support/in-process-backup-worker';
import { backupText, exportedWin, jsonFile, someWinsAlready } from '../../support/import-screen';

/** A worker that starts and then says nothing, as one ended by the browser for want of memory. */
class SilentWorker {
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker whose file is missing: it errors before it says a word. */
class UnstartableWorker extends SilentWorker {
  override postMessage(): void {
    setTimeout(() => this.onerror?.(new ErrorEvent('error', { message: 'no such file' })));
  }
}

/** The device's own export with two wins it does not hold yet, as a picked file. */
async function fileWithTwoNewWins(): Promise<File> {
  const text = await backupText((file) => file.data.wins.push(exportedWin({ text: 'Swam a length', day: '2026-11-22' }), exportedWin({ text: 'Slept well', day: '2026-11-23' })));
  return jsonFile(text);
}

function checked(read: PickedRead) {
  if (read.kind !== 'checked') throw new Error(`expected a checked file, got ${read.kind}`);
  return read.backup;
}

const startInProcess = () => new InProcessBackupWorker() as unknown as Worker;

describe('an import done in its worker', () => {
  beforeEach(async () => {
    InProcessBackupWorker.made = [];
    // jsdom has none: without one the page would do the job itself.
    vi.stubGlobal('Worker', InProcessBackupWorker);
    await someWinsAlready();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is checked and previewed there, changes nothing until brought in, then brings the file in and ends', async () => {
    const progress: number[] = [];
    const backup = checked(await checkPickedBackup({ file: await fileWithTwoNewWins(), passphrase: null }, { onProgress: (fraction) => progress.push(fraction) }, startInProcess));
    expect(backup.preview).toMatchObject({ wins: 5, alreadyHere: 3, firstDay: '2026-11-20', lastDay: '2026-11-23' });
    expect(progress.at(-1)).toBe(1);
    expect(await db.wins.count()).toBe(3);
    const [worker] = InProcessBackupWorker.made;
    expect(worker?.terminated).toBe(false);

    const writing: number[] = [];
    await expect(backup.bringIn((fraction) => writing.push(fraction))).resolves.toEqual({ ok: true, written: 2 });
    expect(writing.at(-1)).toBe(1);
    expect((await db.wins.toArray()).map((win) => win.text)).toEqual(expect.arrayContaining(['Swam a length', 'Slept well']));
    // Its work done, the worker lets the file go with it.
    expect(worker?.terminated).toBe(true);
    expect(InProcessBackupWorker.made).toHaveLength(1);
  });

  it('keeps the file after a write that did not land, so Bring in can be pressed again', async () => {
    const backup = checked(await checkPickedBackup({ file: await fileWithTwoNewWins(), passphrase: null }, {}, startInProcess));
    const before = await dumpDatabase();
    const quota = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    const refusing = vi
      .spyOn(db, 'transaction')
      .mockImplementation(((...args: unknown[]) => (args[0] === 'rw' ? Promise.reject(Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota })) : transaction(...args))) as typeof db.transaction);
    await expect(backup.bringIn(() => undefined)).resolves.toEqual({ ok: false, problem: 'full' });
    expect(await dumpDatabase()).toEqual(before);
    expect(InProcessBackupWorker.made[0]?.terminated).toBe(false);

    refusing.mockRestore();
    await expect(backup.bringIn(() => undefined)).resolves.toEqual({ ok: true, written: 2 });
    expect(await db.wins.count()).toBe(5);
  });

  it('says the file is gone, at once and changing nothing, when its worker ended while the preview waited', async () => {
    const backup = checked(await checkPickedBackup({ file: await fileWithTwoNewWins(), passphrase: null }, {}, startInProcess));
    const worker = InProcessBackupWorker.made[0];
    worker?.die();
    await expect(backup.bringIn(() => undefined)).resolves.toEqual({ ok: false, problem: 'gone' });
    expect(worker?.heard).toEqual(['check']);
    expect(await db.wins.count()).toBe(3);
  });

  it('ends the worker, and the file it holds, when the preview is let go', async () => {
    const backup = checked(await checkPickedBackup({ file: await fileWithTwoNewWins(), passphrase: null }, {}, startInProcess));
    backup.discard();
    expect(InProcessBackupWorker.made[0]?.terminated).toBe(true);
    await expect(backup.bringIn(() => undefined)).resolves.toEqual({ ok: false, problem: 'gone' });
    expect(await db.wins.count()).toBe(3);
  });

  it('ends the worker at once for a file that is refused, saying why', async () => {
    const read = await checkPickedBackup({ file: jsonFile(JSON.stringify({ format: 'another-app' })), passphrase: null }, {}, startInProcess);
    expect(read).toEqual({ kind: 'refused', problem: 'not-ours', detail: undefined });
    expect(InProcessBackupWorker.made[0]?.terminated).toBe(true);
  });

  it('is done by the page itself when the worker cannot start, the same way', async () => {
    const backup = checked(await checkPickedBackup({ file: await fileWithTwoNewWins(), passphrase: null }, {}, () => new UnstartableWorker() as unknown as Worker));
    expect(backup.preview).toMatchObject({ wins: 5, alreadyHere: 3 });
    await expect(backup.bringIn(() => undefined)).resolves.toEqual({ ok: true, written: 2 });
    expect(await db.wins.count()).toBe(5);
  });

  it('stops with a message when the worker falls silent, instead of checking for ever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const worker = new SilentWorker();
    const reading = checkPickedBackup({ file: new Blob(['{}']), passphrase: null }, {}, () => worker as unknown as Worker);
    vi.advanceTimersByTime(SILENT_WORKER_MS - 1);
    expect(worker.terminated).toBe(false);
    // Word from the worker starts the wait again.
    worker.onmessage?.(new MessageEvent('message', { data: { kind: 'reading', fraction: 0.5 } }));
    vi.advanceTimersByTime(SILENT_WORKER_MS - 1);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(reading).resolves.toEqual({ kind: 'broke' });
    expect(worker.terminated).toBe(true);
  });
});
