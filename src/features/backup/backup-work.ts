import { answerFileRequest, type FileMessage, type FileRequest } from './export-job';
import { importJobAnswerer, type JobMessage, type JobRequest } from './import-job';

export type BackupRequest = JobRequest | FileRequest;
export type BackupMessage = JobMessage | FileMessage;

/** The backup worker's side of every job it is given (backup.worker.ts wires it to its messages). */
export function backupWorkAnswerer(post: (message: BackupMessage) => void): (request: BackupRequest) => Promise<void> {
  const answerImport = importJobAnswerer(post);
  return (request) => (request.kind === 'make' ? answerFileRequest(request, post) : answerImport(request));
}
