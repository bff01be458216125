import { backupWorkAnswerer, type BackupMessage, type BackupRequest } from '@/features/backup/backup-work';

/**
 * A stand-in for the built backup worker (jsdom has no Worker) that runs the app's own worker
 * side, backupWorkAnswerer, in this realm. Each message crosses as a structured clone, as
 * postMessage copies it, and each arrives in a task of its own. Terminated, it delivers nothing
 * more, as a real worker would; its job cannot be stopped mid-write, so tests end it only at rest.
 */
export class InProcessBackupWorker {
  static made: InProcessBackupWorker[] = [];
  onmessage: ((event: MessageEvent<BackupMessage>) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly heard: BackupRequest['kind'][] = [];
  /** What reached the page; a real worker terminated first would never have sent the rest. */
  readonly delivered: BackupMessage['kind'][] = [];
  private readonly answer = backupWorkAnswerer((message) => {
    // A made file's Blob crosses by reference, as between a real worker and its page (and jsdom's
    // Blob would not survive Node's structuredClone).
    const copy = message.kind === 'made' ? message : structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      this.delivered.push(copy.kind);
      this.onmessage?.(new MessageEvent('message', { data: copy }));
    });
  });

  constructor() {
    InProcessBackupWorker.made.push(this);
  }

  postMessage(request: BackupRequest): void {
    this.heard.push(request.kind);
    setTimeout(() => void this.answer(request));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** As the browser ending it for want of memory: an error event, then silence. */
  die(): void {
    this.onerror?.(new ErrorEvent('error', { message: 'gone' }));
    this.terminate();
  }
}
