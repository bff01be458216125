/** What went wrong with on-device storage, in terms the screen can explain. */
export type StorageProblem = 'unavailable' | 'full' | 'upgraded-elsewhere' | 'unknown';

const unavailableNames = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'UnknownError', 'OpenFailedError']);

interface ErrorLink {
  name: string;
  message: string;
}

function chainOf(error: unknown): ErrorLink[] {
  const links: ErrorLink[] = [];
  let current: unknown = error;
  // typeof, not instanceof: an error from another realm (a frame, a worker, a test's DOM) still counts.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, message, inner } = current as { name?: unknown; message?: unknown; inner?: unknown };
    links.push({ name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' });
    current = inner;
  }
  return links;
}

// A disk that is truly full, rather than a quota reached, comes from Chromium as an UnknownError
// whose message names the file error (FILE_ERROR_NO_SPACE): the person still needs to free space,
// not to try again.
const diskFull = /NO_SPACE|no space left|disk (is )?full/i;

/** Dexie wraps the browser's error (a QuotaExceededError inside an AbortError), so look through the chain. */
export function classifyStorageError(error: unknown): StorageProblem {
  const chain = chainOf(error);
  const names = chain.map((link) => link.name);
  if (names.includes('QuotaExceededError') || chain.some((link) => diskFull.test(link.message))) return 'full';
  if (names.includes('VersionError') || names.includes('DatabaseClosedError')) return 'upgraded-elsewhere';
  if (names.some((name) => unavailableNames.has(name))) return 'unavailable';
  return 'unknown';
}

/** Why a write did not land, as a save form says it: out of space (free some up), or try again. */
export function writeProblemOf(error: unknown): 'full' | 'not-saved' {
  return classifyStorageError(error) === 'full' ? 'full' : 'not-saved';
}
