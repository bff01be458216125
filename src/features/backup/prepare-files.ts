import { collectExport } from '@/db/repo/backup';
import { backupBlob } from '@/domain/backup-file';
import { exportCsv, exportMarkdown } from '@/domain/export-writers';

/** A file made and waiting to be saved or shared. */
export interface PreparedFile {
  file: File;
  /**
   * For a full backup, the moment its data was read, not when it was saved or shared:
   * a win written in between is not in this file, so it must still count as new.
   */
  backupOf?: number;
}

/** The full backup, sealed with the passphrase when one is given. */
export async function prepareBackup(today: string, passphrase?: string): Promise<PreparedFile> {
  const data = await collectExport();
  const blob = await backupBlob(data, passphrase);
  const name = `small-wins-${today}${passphrase === undefined ? '' : '.sealed'}.json`;
  return { file: new File([blob], name, { type: 'application/json' }), backupOf: Date.parse(data.exportedAt) };
}

/** The wins as a readable journal. */
export async function prepareJournal(today: string): Promise<PreparedFile> {
  const parts = await exportMarkdown(await collectExport(), today);
  return { file: new File(parts, `small-wins-${today}.md`, { type: 'text/markdown' }) };
}

/** The wins as a spreadsheet. */
export async function prepareSpreadsheet(today: string): Promise<PreparedFile> {
  const parts = await exportCsv(await collectExport());
  return { file: new File(parts, `small-wins-${today}.csv`, { type: 'text/csv' }) };
}
