import { EXPORT_FORMAT } from './export-format';
import { CSV_COLUMNS, JOURNAL_TITLE } from './export-writers';
import { SEALED_FORMAT } from './sealed-backup';

/**
 * Every file Small Wins saves says what it is in its first line, so this much of the start is
 * plenty to look through, and a file cut short part-way still shows it.
 */
export const HEAD_CHARS = 4096;

/** The files Small Wins saves: the two kinds of backup, and the two copies kept for reading. */
export type OwnFileKind = 'backup' | 'sealed-backup' | 'journal' | 'spreadsheet';

// The format is a backup's first key. Matched with its key, a win's words that merely mention
// the name cannot pass for it; the sealed file is indented, the plain one is not.
const formatKey = (name: string) => new RegExp(`"format"\\s*:\\s*"${name}"`);
const exportKey = formatKey(EXPORT_FORMAT);
const sealedKey = formatKey(SEALED_FORMAT);

/** Whether a piece of text holds a plain backup's format key. */
export function namesExportFormat(text: string): boolean {
  return exportKey.test(text);
}

/** The spreadsheet's first row, quoted as the app writes it or not, as a spreadsheet saves it again. */
function isSpreadsheetHeader(head: string): boolean {
  return head.split(/\r?\n/, 1)[0]?.replaceAll('"', '') === CSV_COLUMNS.join(',');
}

/**
 * Which of the app's own files the text is, from its start alone (it need not be whole, or
 * parse), or null for anything else.
 */
export function ownFileKind(text: string): OwnFileKind | null {
  const head = text.slice(0, HEAD_CHARS).replace(/^\uFEFF/, '');
  if (head.startsWith(`${JOURNAL_TITLE}\n`) || head.startsWith(`${JOURNAL_TITLE}\r\n`)) return 'journal';
  if (isSpreadsheetHeader(head)) return 'spreadsheet';
  if (sealedKey.test(head)) return 'sealed-backup';
  if (exportKey.test(head)) return 'backup';
  return null;
}
