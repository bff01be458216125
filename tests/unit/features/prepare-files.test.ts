import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addWin } from '@/db/repo/wins';
import { prepareFile } from '@/features/backup/prepare-files';
import { InProcessBackupWorker } from '../../support/in-process-backup-worker';
import '../../support/file-catcher';

/** A worker whose file is missing: it errors before it says a word. */
class UnstartableWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(): void {
    setTimeout(() => this.onerror?.(new ErrorEvent('error', { message: 'no such file' })));
  }
  terminate(): void {}
}

const backupAsked = { kind: 'make', today: '2026-12-02', file: 'backup' } as const;

describe('a file to save, made in the backup worker', () => {
  beforeEach(async () => {
    InProcessBackupWorker.made = [];
    vi.stubGlobal('Worker', InProcessBackupWorker);
    await addWin({ text: 'Called my sister 📞', day: '2026-11-20' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('is the full backup, named for the day, with when its data was read; the worker then ends', async () => {
    const before = Date.now();
    const { file, backupOf } = await prepareFile(backupAsked);
    expect(file.name).toBe('small-wins-2026-12-02.json');
    expect(file.type).toBe('application/json');
    const text = await file.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'small-wins-export', data: { wins: [expect.objectContaining({ text: 'Called my sister 📞' })] } });
    expect(backupOf).toBeGreaterThanOrEqual(before - 1000);
    expect(InProcessBackupWorker.made.map((worker) => [worker.heard, worker.terminated])).toEqual([[['make'], true]]);
  });

  it('is the journal or the spreadsheet when asked, with no backup time, since neither can be brought back in', async () => {
    const journal = await prepareFile({ kind: 'make', today: '2026-12-02', file: 'journal' });
    expect([journal.file.name, journal.file.type, journal.backupOf]).toEqual(['small-wins-2026-12-02.md', 'text/markdown', undefined]);
    expect(await journal.file.text()).toContain('Called my sister 📞');
    const sheet = await prepareFile({ kind: 'make', today: '2026-12-02', file: 'spreadsheet' });
    expect([sheet.file.name, sheet.file.type]).toEqual(['small-wins-2026-12-02.csv', 'text/csv']);
    expect(await sheet.file.text()).toContain('Called my sister 📞');
  });

  it('is made by the page itself when the worker cannot start', async () => {
    const { file } = await prepareFile(backupAsked, () => new UnstartableWorker() as unknown as Worker);
    expect(await file.text()).toContain('Called my sister 📞');
  });

  it('is refused, and not made twice, when the worker ends after taking the job', async () => {
    const dying = new InProcessBackupWorker();
    const started = vi.spyOn(dying, 'postMessage').mockImplementation(() => {
      setTimeout(() => {
        dying.onmessage?.(new MessageEvent('message', { data: { kind: 'making' } }));
        dying.die();
      });
    });
    await expect(prepareFile(backupAsked, () => dying as unknown as Worker)).rejects.toThrow(/ended before the file was made/);
    expect(started).toHaveBeenCalledTimes(1);
    expect(InProcessBackupWorker.made).toHaveLength(1);
  });
});
