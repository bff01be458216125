import { BackupCryptoError, type BackupCryptoReason } from './backup-crypto-error';
import { openBackup } from './backup-crypto';
import { exportTables, type ExportTable } from './export-format';
import { readImport, type ImportReading } from './read-import';
import { sealedHeaderProblem } from './sealed-backup';

/**
 * A picked file read from start to checked rows: its text, its seal opened when there is one,
 * then readImport. All of it runs in a worker where there is one (features/backup/read-backup.ts):
 * on the main thread, decoding a 34 MB file's text and JSON.parse each took 150–200 ms in one
 * task, and a phone is some four times slower.
 */
export interface ReadRequest {
  file: Blob;
  /** For a sealed file; null until the person has typed one. */
  passphrase: string | null;
}

/** What reading a file came to. */
export type BackupRead =
  | { kind: 'read'; reading: ImportReading }
  /** A sealed file, sound as far as its header goes: ask for the passphrase, then read it again with it. */
  | { kind: 'needs-passphrase' }
  /** A sealed file that cannot open: its header is wrong, or the passphrase is. */
  | { kind: 'sealed'; reason: BackupCryptoReason }
  /** The file could not be read off the device at all. */
  | { kind: 'unreadable' }
  /** Something unforeseen stopped the reading. */
  | { kind: 'broke' };

/** The messages from the reading to whoever asked: rows come a chunk at a time, then the end. */
export type ReadMessage =
  | { kind: 'opened' }
  | { kind: 'progress'; fraction: number }
  | { kind: 'rows'; table: ExportTable; rows: unknown[] }
  | { kind: 'end'; result: BackupRead };

// Rows per message: a worker's message is copied into the page in one task, and 5,000 wins
// take some 15 ms there, where all 100,000 at once took as long as the parse it saves.
const ROWS_PER_MESSAGE = 5000;

/** Reads `request`, telling `post` as it goes; the checked file's rows go out a chunk at a time before the end. */
export async function readBackup(request: ReadRequest, post: (message: ReadMessage) => void): Promise<void> {
  let result: BackupRead;
  try {
    result = await readToEnd(request, post);
  } catch {
    result = { kind: 'broke' };
  }
  post({ kind: 'end', result });
}

async function readToEnd({ file, passphrase }: ReadRequest, post: (message: ReadMessage) => void): Promise<BackupRead> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { kind: 'unreadable' };
  }
  // A sealed file whose header is wrong cannot open whatever passphrase is typed: say so at once.
  const sealedProblem = sealedHeaderProblem(text);
  if (sealedProblem === null) {
    if (passphrase === null) return { kind: 'needs-passphrase' };
    try {
      text = await openBackup(text, passphrase);
    } catch (error) {
      return error instanceof BackupCryptoError ? { kind: 'sealed', reason: error.reason } : { kind: 'broke' };
    }
    post({ kind: 'opened' });
  } else if (sealedProblem !== 'not-sealed') {
    return { kind: 'sealed', reason: sealedProblem };
  }
  const reading = await readImport(text, (fraction) => post({ kind: 'progress', fraction }));
  if (!reading.ok) return { kind: 'read', reading };
  const { data } = reading.file;
  for (const table of exportTables) {
    for (let start = 0; start < data[table].length; start += ROWS_PER_MESSAGE) {
      post({ kind: 'rows', table, rows: data[table].slice(start, start + ROWS_PER_MESSAGE) });
    }
  }
  const emptied = Object.fromEntries(exportTables.map((table) => [table, []]));
  return { kind: 'read', reading: { ok: true, file: { ...reading.file, data: { ...data, ...emptied } } } };
}

export interface ReadListener {
  onOpened?: () => void;
  onProgress?: (fraction: number) => void;
}

/**
 * Puts a reading's messages back together: `take` hears each in turn and answers the result
 * with the end, the checked file whole again.
 */
export function readCollector(listener: ReadListener) {
  const rows = new Map<ExportTable, unknown[]>(exportTables.map((table) => [table, []]));
  return {
    take(message: ReadMessage): BackupRead | null {
      switch (message.kind) {
        case 'opened':
          listener.onOpened?.();
          return null;
        case 'progress':
          listener.onProgress?.(message.fraction);
          return null;
        case 'rows':
          for (const row of message.rows) rows.get(message.table)?.push(row);
          return null;
        case 'end': {
          const { result } = message;
          if (result.kind !== 'read' || !result.reading.ok) return result;
          const file = result.reading.file;
          const data = { ...file.data, ...Object.fromEntries(rows) };
          return { kind: 'read', reading: { ok: true, file: { ...file, data } } };
        }
      }
    },
  };
}
