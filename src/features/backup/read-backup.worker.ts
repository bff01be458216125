// The worker that reads a picked backup (domain/backup-reading.ts says why it is not the page).
import { readBackup, type ReadMessage, type ReadRequest } from '@/domain/backup-reading';

const post = (message: ReadMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  void readBackup(event.data, post);
};
