import { readBackup, readCollector, type BackupRead, type ReadListener, type ReadMessage, type ReadRequest } from '@/domain/backup-reading';

/** Reads a picked backup in this page: where there is no worker, or it would not start. */
function readHere(request: ReadRequest, listener: ReadListener): Promise<BackupRead> {
  const collector = readCollector(listener);
  let result: BackupRead = { kind: 'broke' };
  return readBackup(request, (message) => {
    result = collector.take(message) ?? result;
  }).then(() => result);
}

// A worker silent this long has gone (a phone short of memory may end it without a word): the
// reading stops with a message instead of "Checking the file…" for ever. The longest silence in a
// healthy reading, decrypting and parsing 45 MB before the first progress, is a few seconds.
export const SILENT_WORKER_MS = 60_000;

/** The built worker; written out in full here, as Vite finds a worker to build by this very shape. */
const startReadingWorker = () => new Worker(new URL('./read-backup.worker.ts', import.meta.url), { type: 'module' });

/**
 * Reads a picked backup off the main thread (domain/backup-reading.ts): its text, its seal,
 * every row checked, and the rows handed back a chunk at a time, so the page keeps painting.
 * `startWorker` is for the benchmark, whose bundle reaches the app's built worker by its URL.
 */
export function readBackupFile(request: ReadRequest, listener: ReadListener = {}, startWorker = startReadingWorker): Promise<BackupRead> {
  if (typeof Worker === 'undefined') return readHere(request, listener);
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return readHere(request, listener);
  }
  return new Promise((resolve) => {
    const collector = readCollector(listener);
    let heard = false;
    let silence = 0;
    const finish = (result: BackupRead | Promise<BackupRead>) => {
      window.clearTimeout(silence);
      worker.terminate();
      resolve(result);
    };
    const listen = () => {
      window.clearTimeout(silence);
      silence = window.setTimeout(() => finish({ kind: 'broke' }), SILENT_WORKER_MS);
    };
    listen();
    worker.onmessage = (event: MessageEvent<ReadMessage>) => {
      heard = true;
      listen();
      const result = collector.take(event.data);
      if (result) finish(result);
    };
    worker.onmessageerror = () => finish({ kind: 'broke' });
    worker.onerror = (event) => {
      event.preventDefault();
      // A worker that never spoke did not start (its file missing from an old cache, say): the
      // page reads the file itself, as it did before there was a worker.
      finish(heard ? { kind: 'broke' } : readHere(request, listener));
    };
    worker.postMessage(request);
  });
}
