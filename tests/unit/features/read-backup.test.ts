import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackupFile, SILENT_WORKER_MS } from '@/features/backup/read-backup';

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

describe('reading a picked backup in its worker', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stops with a message when the worker falls silent, instead of checking for ever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('Worker', SilentWorker);
    const worker = new SilentWorker();
    const reading = readBackupFile({ file: new Blob(['{}']), passphrase: null }, {}, () => worker as unknown as Worker);
    vi.advanceTimersByTime(SILENT_WORKER_MS - 1);
    expect(worker.terminated).toBe(false);
    // Word from the worker starts the wait again.
    worker.onmessage?.(new MessageEvent('message', { data: { kind: 'progress', fraction: 0.5 } }));
    vi.advanceTimersByTime(SILENT_WORKER_MS - 1);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(reading).resolves.toEqual({ kind: 'broke' });
    expect(worker.terminated).toBe(true);
  });
});
