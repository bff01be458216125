import { applyImport, previewImport, type ImportPreview } from '@/db/repo/backup';
import { classifyStorageError, type StorageProblem } from '@/db/storage-problem';
import type { BackupCryptoReason } from '@/domain/backup-crypto-error';
import { readBackup, type ReadListener, type ReadRequest } from '@/domain/backup-reading';
import type { ExportFile } from '@/domain/export-format';
import type { ImportProblem } from '@/domain/read-import';

/**
 * An import, from the picked file to its rows in the database, is one job, done in a worker where
 * there is one (backup.worker.ts): the file is read and checked there, compared with what is
 * here, and, once the person says so, brought in there. The page is only told how it goes, so
 * 100,000 checked rows never cross to it (twenty messages, each copied on both sides) and none of
 * the writing's work lands on the thread that paints. Where there is no worker, the page runs the
 * same job itself (read-backup.ts).
 */

/** What checking a picked file came to: all the page needs to show, and nothing of the file itself. */
export type CheckOutcome =
  /** Sound, and compared with this device: the file waits where it was read until brought in or let go. */
  | { kind: 'checked'; preview: ImportPreview }
  | { kind: 'refused'; problem: ImportProblem; detail?: string | undefined }
  /** A sound file that could not be compared with what is here (the database was closed under it). */
  | { kind: 'not-compared' }
  | { kind: 'needs-passphrase' }
  | { kind: 'sealed'; reason: BackupCryptoReason }
  | { kind: 'unreadable' }
  | { kind: 'broke' };

/** How bringing a checked file in ended. `gone`: its worker ended first, and the file with it. */
export type BringInResult = { ok: true; written: number } | { ok: false; problem: StorageProblem | 'gone' };

/** What the page asks of an import worker. */
export type JobRequest = ({ kind: 'check' } & ReadRequest) | { kind: 'bring-in' };

/** What an import worker tells the page. */
export type JobMessage =
  | { kind: 'opened' }
  | { kind: 'reading'; fraction: number }
  | { kind: 'checked'; outcome: CheckOutcome }
  | { kind: 'writing'; fraction: number }
  | { kind: 'brought-in'; result: BringInResult };

/** A check's outcome, with the checked file when there is one. */
export type Checked =
  | { outcome: Extract<CheckOutcome, { kind: 'checked' }>; file: ExportFile }
  | { outcome: Exclude<CheckOutcome, { kind: 'checked' }>; file: null };

/** Reads and checks a picked file, then compares it with this device: everything before the person decides. */
export async function checkBackup(request: ReadRequest, listener: ReadListener): Promise<Checked> {
  const read = await readBackup(request, listener);
  if (read.kind !== 'read') return { outcome: read, file: null };
  const { reading } = read;
  if (!reading.ok) return { outcome: { kind: 'refused', problem: reading.problem, detail: reading.detail }, file: null };
  try {
    return { outcome: { kind: 'checked', preview: await previewImport(reading.file) }, file: reading.file };
  } catch {
    return { outcome: { kind: 'not-compared' }, file: null };
  }
}

/** Brings a checked file in (one transaction: all of it or, on any failure, nothing), saying why it stopped if it did. */
export async function bringIn(file: ExportFile, onProgress: (fraction: number) => void): Promise<BringInResult> {
  try {
    return { ok: true, written: await applyImport(file, onProgress) };
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error) };
  }
}

/**
 * The worker's side of the job (backup.worker.ts wires it to its messages): it holds the checked
 * file between the check and the person's "Bring in", and tells `post` how each goes.
 */
export function importJobAnswerer(post: (message: JobMessage) => void): (request: JobRequest) => Promise<void> {
  let held: ExportFile | null = null;
  return async (request) => {
    if (request.kind === 'check') {
      held = null;
      const checked = await checkBackup(request, {
        onOpened: () => post({ kind: 'opened' }),
        onProgress: (fraction) => post({ kind: 'reading', fraction }),
      });
      held = checked.file;
      post({ kind: 'checked', outcome: checked.outcome });
      return;
    }
    const result: BringInResult = held ? await bringIn(held, (fraction) => post({ kind: 'writing', fraction })) : { ok: false, problem: 'gone' };
    // Brought in, the file has done its work; after a failure it stays for another try.
    if (result.ok) held = null;
    post({ kind: 'brought-in', result });
  };
}
