// A worker silent this long has gone (a phone short of memory may end one without a word): the
// job stops with a message instead of "Checking the file…" for ever. The longest silence in a
// healthy job, decrypting and parsing 45 MB before the first progress, is a few seconds.
export const SILENT_WORKER_MS = 60_000;

/** The built backup worker; written out in full here, as Vite finds a worker to build by this very shape. */
export const startBackupWorker = () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });

/** The page's end of a worker: who hears it now, and a watch for its silence while it works. */
export interface WorkerLine<Request, Message> {
  hear: (message: Message) => void;
  /** The worker ended or fell silent; `spoke` says whether it had ever answered. */
  lost: (spoke: boolean) => void;
  readonly over: boolean;
  send(request: Request): void;
  /** Waiting on the person, not the worker: silence is expected. */
  rest(): void;
  end(): void;
}

export function lineTo<Request, Message>(worker: Worker): WorkerLine<Request, Message> {
  let spoke = false;
  let over = false;
  let silence = 0;
  const watch = () => {
    window.clearTimeout(silence);
    silence = window.setTimeout(lose, SILENT_WORKER_MS);
  };
  const line: WorkerLine<Request, Message> = {
    hear: () => undefined,
    lost: () => undefined,
    get over() {
      return over;
    },
    send(request) {
      watch();
      worker.postMessage(request);
    },
    rest: () => window.clearTimeout(silence),
    end() {
      over = true;
      window.clearTimeout(silence);
      worker.terminate();
    },
  };
  function lose() {
    if (over) return;
    line.end();
    line.lost(spoke);
  }
  worker.onmessage = (event: MessageEvent<Message>) => {
    if (over) return;
    spoke = true;
    watch();
    line.hear(event.data);
  };
  worker.onmessageerror = lose;
  worker.onerror = (event) => {
    event.preventDefault();
    lose();
  };
  return line;
}
