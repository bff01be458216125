import { collectExport } from '@/db/repo/backup';
import { prepareSeal } from '@/domain/backup-crypto';
import { backupBlob, blobInSteps } from '@/domain/backup-file';
import { exportCsv, exportMarkdown } from '@/domain/export-writers';

/**
 * Making a file to save is a job for the backup worker too (backup.worker.ts), like an import
 * (import-job.ts): reading 100,000 wins and writing them out as 34 MB of JSON, sealing it or
 * setting it out as a journal is seconds of work, and done on the page it came in tasks of up
 * to 390 ms on a slow day here, where a phone is some four times slower. The Blob it makes
 * crosses to the page by reference, not copied.
 */
export type FileRequest = { kind: 'make'; today: string } & ({ file: 'backup'; passphrase?: string } | { file: 'journal' | 'spreadsheet' });

/** A file made, ready to become the File the page hands over. */
export interface MadeFile {
  blob: Blob;
  name: string;
  /**
   * For a full backup, the moment its data was read, not when it was saved or shared:
   * a win written in between is not in this file, so it must still count as new.
   */
  backupOf?: number;
}

/** What the worker tells the page: that it has the job, then the file, or that it could not make one. */
export type FileMessage = { kind: 'making' } | { kind: 'made'; made: MadeFile } | { kind: 'not-made' };

/** The full backup (sealed when a passphrase is given), the journal, or the spreadsheet. */
export async function makeFile(request: FileRequest): Promise<MadeFile> {
  if (request.file === 'backup') {
    // The key is derived while the journal is read: it needs nothing of it.
    const sealing = request.passphrase === undefined ? undefined : prepareSeal(request.passphrase);
    // Awaited below; should the reading fail first, its failure is the one reported.
    sealing?.catch(() => undefined);
    const data = await collectExport();
    const seal = await sealing;
    return { blob: await backupBlob(data, seal), name: `small-wins-${request.today}${seal ? '.sealed' : ''}.json`, backupOf: Date.parse(data.exportedAt) };
  }
  const data = await collectExport();
  if (request.file === 'journal') return { blob: await blobInSteps(await exportMarkdown(data, request.today), 'text/markdown'), name: `small-wins-${request.today}.md` };
  return { blob: await blobInSteps(await exportCsv(data), 'text/csv'), name: `small-wins-${request.today}.csv` };
}

/** The worker's side: makes the file asked for and posts it, or says it could not. */
export async function answerFileRequest(request: FileRequest, post: (message: FileMessage) => void): Promise<void> {
  post({ kind: 'making' });
  try {
    post({ kind: 'made', made: await makeFile(request) });
  } catch {
    post({ kind: 'not-made' });
  }
}
