import { makeFile, type FileMessage, type FileRequest, type MadeFile } from './export-job';
import { lineTo, startBackupWorker } from './worker-line';

/** A file made and waiting to be saved or shared. */
export interface PreparedFile {
  file: File;
  /** As MadeFile's: when a full backup's data was read. */
  backupOf?: number;
}

function prepared({ blob, name, backupOf }: MadeFile): PreparedFile {
  const file = new File([blob], name, { type: blob.type });
  return backupOf === undefined ? { file } : { file, backupOf };
}

const prepareHere = async (request: FileRequest) => prepared(await makeFile(request));

/**
 * Makes the file asked for in the backup worker (export-job.ts says why), or on the page where
 * there is no worker or it will not start. Rejects when the file could not be made.
 * `startWorker` is for the benchmark, whose bundle reaches the app's built worker by its URL.
 */
export function prepareFile(request: FileRequest, startWorker = startBackupWorker): Promise<PreparedFile> {
  if (typeof Worker === 'undefined') return prepareHere(request);
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    return prepareHere(request);
  }
  return new Promise((resolve, reject) => {
    const line = lineTo<FileRequest, FileMessage>(worker);
    // A worker that never spoke did not start: the page makes the file itself.
    line.lost = (spoke) => (spoke ? reject(new Error('the backup worker ended before the file was made')) : resolve(prepareHere(request)));
    line.hear = (message) => {
      if (message.kind === 'making') return;
      line.end();
      if (message.kind === 'made') resolve(prepared(message.made));
      else reject(new Error('the backup worker could not make the file'));
    };
    line.send(request);
  });
}
