import { BackupCryptoError, type BackupCryptoReason } from './backup-crypto-error';
import { openBackup } from './backup-crypto';
import { readImport, type ImportReading } from './read-import';
import { sealedHeaderProblem } from './sealed-backup';

/**
 * A picked file read from start to checked rows: its text, its seal opened when there is one,
 * then readImport. All of it runs in a worker where there is one (features/backup/import-job.ts):
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

export interface ReadListener {
  onOpened?: () => void;
  onProgress?: (fraction: number) => void;
}

/** Reads `request` to its end: the checked file, or why there is none. Never throws. */
export async function readBackup(request: ReadRequest, listener: ReadListener = {}): Promise<BackupRead> {
  try {
    return await readToEnd(request, listener);
  } catch {
    return { kind: 'broke' };
  }
}

async function readToEnd({ file, passphrase }: ReadRequest, listener: ReadListener): Promise<BackupRead> {
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
    listener.onOpened?.();
  } else if (sealedProblem !== 'not-sealed') {
    return { kind: 'sealed', reason: sealedProblem };
  }
  return { kind: 'read', reading: await readImport(text, listener.onProgress) };
}
