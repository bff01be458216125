import { updateThenPickAgain } from './newer-file-words';

/** Why a sealed backup did not open. Each has a message for the person in backupCryptoMessage. */
export type BackupCryptoReason = 'wrong-passphrase' | 'not-sealed' | 'unsupported-version' | 'damaged';

// Opening a backup reads a file and changes nothing in the app, so every message can say so.
const messages: Record<BackupCryptoReason, string> = {
  'wrong-passphrase':
    'That passphrase does not open this backup. Check it and try again; passphrases are case-sensitive. ' +
    'If you are sure it is right, this copy of the file may have been changed since it was saved: ' +
    'try another copy if you have one. Nothing in the app has changed.',
  'not-sealed':
    'This file is not an encrypted Small Wins backup, so there is nothing here to unlock. ' +
    'Check that you picked the right file. Nothing in the app has changed.',
  'unsupported-version': `This backup was made by a newer version of Small Wins. ${updateThenPickAgain} Nothing in the app has changed.`,
  damaged:
    'This backup file looks damaged, so it cannot be opened. If you have another copy, try that one. ' +
    'Nothing in the app has changed.',
};

export function backupCryptoMessage(reason: BackupCryptoReason): string {
  return messages[reason];
}

/** Its message is the one to show the person; `detail` is for developers and names what was wrong. */
export class BackupCryptoError extends Error {
  override readonly name = 'BackupCryptoError';
  readonly reason: BackupCryptoReason;
  readonly detail: string | undefined;

  constructor(reason: BackupCryptoReason, detail?: string, options?: ErrorOptions) {
    super(backupCryptoMessage(reason), options);
    this.reason = reason;
    this.detail = detail;
  }
}
