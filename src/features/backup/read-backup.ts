import type { ImportPreview } from '@/db/repo/backup';
import type { ReadListener, ReadRequest } from '@/domain/backup-reading';
import type { ExportFile } from '@/domain/export-format';
import { bringIn, checkBackup, type BringInResult, type CheckOutcome, type JobMessage, type JobRequest } from './import-job';
import { lineTo, startBackupWorker, type WorkerLine } from './worker-line';

/** A sound backup, compared with this device, waiting for the person to bring it in or let it go. */
export interface CheckedBackup {
  preview: ImportPreview;
  /** One transaction; after a failure other than `gone` the same file can be brought in again. */
  bringIn(onProgress: (fraction: number) => void): Promise<BringInResult>;
  /** Lets the file go: its worker ends, and the memory it holds with it. */
  discard(): void;
}

/** What picking a file came to, on the page. */
export type PickedRead = Exclude<CheckOutcome, { kind: 'checked' }> | { kind: 'checked'; backup: CheckedBackup };

const goneResult: BringInResult = { ok: false, problem: 'gone' };

/** The job done by this page: where there is no worker, or it would not start. */
async function checkHere(request: ReadRequest, listener: ReadListener): Promise<PickedRead> {
  const checked = await checkBackup(request, listener);
  if (checked.file === null) return checked.outcome;
  let file: ExportFile | null = checked.file;
  return {
    kind: 'checked',
    backup: {
      preview: checked.outcome.preview,
      async bringIn(onProgress) {
        if (file === null) return goneResult;
        const result = await bringIn(file, onProgress);
        if (result.ok) file = null;
        return result;
      },
      discard: () => {
        file = null;
      },
    },
  };
}

/** The checked file, held in its worker until brought in or let go. */
function heldIn(line: WorkerLine<JobRequest, JobMessage>, preview: ImportPreview): CheckedBackup {
  return {
    preview,
    bringIn(onProgress) {
      if (line.over) return Promise.resolve(goneResult);
      return new Promise((resolve) => {
        line.lost = () => resolve(goneResult);
        line.hear = (message) => {
          if (message.kind === 'writing') onProgress(message.fraction);
          if (message.kind !== 'brought-in') return;
          // Kept after a write that did not land, so Bring in can be pressed again.
          if (message.result.ok || message.result.problem === 'gone') line.end();
          else line.rest();
          resolve(message.result);
        };
        line.send({ kind: 'bring-in' });
      });
    },
    discard: () => line.end(),
  };
}

/**
 * Reads, checks and previews a picked backup off the main thread (import-job.ts), keeping the
 * checked file in the worker for `bringIn`. `startWorker` is for the benchmark, whose bundle
 * reaches the app's built worker by its URL.
 */
export function checkPickedBackup(request: ReadRequest, listener: ReadListener = {}, startWorker = startBackupWorker): Promise<PickedRead> {
  if (typeof Worker === 'undefined') return checkHere(request, listener);
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return checkHere(request, listener);
  }
  return new Promise((resolve) => {
    const line = lineTo<JobRequest, JobMessage>(worker);
    // A worker that never spoke did not start (its file missing from an old cache, say): the
    // page does the job itself, as it did before there was a worker.
    line.lost = (spoke) => resolve(spoke ? { kind: 'broke' } : checkHere(request, listener));
    line.hear = (message) => {
      if (message.kind === 'opened') listener.onOpened?.();
      else if (message.kind === 'reading') listener.onProgress?.(message.fraction);
      else if (message.kind === 'checked') {
        const { outcome } = message;
        if (outcome.kind === 'checked') {
          line.rest();
          line.lost = () => undefined;
          resolve({ kind: 'checked', backup: heldIn(line, outcome.preview) });
        } else {
          line.end();
          resolve(outcome);
        }
      }
    };
    line.send({ kind: 'check', ...request });
  });
}
