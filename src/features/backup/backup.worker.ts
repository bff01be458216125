// The worker that does a backup's heavy work, making a file to save or bringing one in
// (export-job.ts and import-job.ts say why it is not the page). Each job starts one of its own.
import { backupWorkAnswerer, type BackupRequest } from './backup-work';

const answer = backupWorkAnswerer((message) => self.postMessage(message));

self.onmessage = (event: MessageEvent<BackupRequest>) => {
  void answer(event.data);
};
