import { importJobAnswerer, type JobMessage, type JobRequest } from '@/features/backup/import-job';

/**
 * A stand-in for the built import worker (jsdom has no Worker) that runs the app's own worker
 * side, importJobAnswerer, in this realm. Each message crosses as a structured clone, as
 * postMessage copies it, and each arrives in a task of its own. Terminated, it delivers nothing
 * more, as a real worker would; its job cannot be stopped mid-write, so tests end it only at rest.
 */
export class InProcessImportWorker {
  static made: InProcessImportWorker[] = [];
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly heard: JobRequest['kind'][] = [];
  private readonly answer = importJobAnswerer((message) => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: copy }));
    });
  });

  constructor() {
    InProcessImportWorker.made.push(this);
  }

  postMessage(request: JobRequest): void {
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
