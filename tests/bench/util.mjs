// Small helpers the browser scenarios share.

/** @param {number} ms */
export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * page.evaluate has no timeout of its own; a stuck IndexedDB write would hang the whole run.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export async function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const expired = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  try {
    return /** @type {T} */ (await Promise.race([promise, expired]));
  } finally {
    clearTimeout(timer);
  }
}

/** @param {unknown} error */
export function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * @typedef {object} HeapReading
 * @property {number} usedBytes JSHeapUsedSize as the page left it
 * @property {number} afterGcBytes JSHeapUsedSize after a forced garbage collection: what stays
 */

/**
 * Garbage waiting for collection swings the used heap by megabytes between runs; what survives
 * a forced GC does not, so that is what rows compare. The reading before it is kept for notes.
 * @param {import('@playwright/test').CDPSession} cdp a session with Performance enabled
 * @returns {Promise<HeapReading>}
 */
export async function readHeap(cdp) {
  const used = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  };
  const usedBytes = await used();
  await cdp.send('HeapProfiler.collectGarbage');
  return { usedBytes, afterGcBytes: await used() };
}
