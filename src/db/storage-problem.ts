/** What went wrong with on-device storage, in terms the screen can explain. */
export type StorageProblem = 'unavailable' | 'full' | 'upgraded-elsewhere' | 'unknown';

const unavailableNames = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'UnknownError', 'OpenFailedError']);

function namesInChain(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // typeof, not instanceof: an error from another realm (a frame, a worker, a test's DOM) still counts.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

/** Dexie wraps the browser's error (a QuotaExceededError inside an AbortError), so look through the chain. */
export function classifyStorageError(error: unknown): StorageProblem {
  const names = namesInChain(error);
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.includes('VersionError') || names.includes('DatabaseClosedError')) return 'upgraded-elsewhere';
  if (names.some((name) => unavailableNames.has(name))) return 'unavailable';
  return 'unknown';
}
