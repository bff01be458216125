// Puts years of history into the app's database for any benchmark that needs it, through the
// in-page bundle (tests/bench/in-page/), which builds every row with the app's own code.
import { readFile } from 'node:fs/promises';
import { inPageGlobal, inPageScript } from './config.mjs';
import { withTimeout } from './util.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {typeof import('./in-page/index.ts')} BenchApi */

/**
 * @typedef {object} SeededHistory
 * @property {number} wins rows in the wins store afterwards
 * @property {number} jar slips in the jar's bag afterwards, counted slot by slot
 * @property {number} schemaVersion the schema the rows were built for
 * @property {string} firstDay the oldest day written
 * @property {number} numberedTexts texts that needed a counter to be unique; 0 unless the vocabulary is too small
 * @property {number} ms how long the writing took, for the log
 */

// Twelve a day on average (0 to 24 on any one day): 100,000 wins is about 23 years, which keeps
// the oldest after 2000, the earliest moment the app's import accepts.
export const SEED_MEAN_WINS_PER_DAY = 12;
const SEED_CHUNK = 5_000;
// Fixed, so every run writes the same texts and day sizes and runs can be compared.
const SEED = 20_261_125;
const SEED_TIMEOUT_MS = 120_000;

/** @type {Promise<string> | null} */
let source = null;

/**
 * Evaluated rather than added as a <script>: the app's Content-Security-Policy refuses inline
 * scripts, and DevTools evaluation is not subject to it. Must run after the app has started, so
 * the bundle's Dexie import finds the app's Dexie class and shares it.
 * @param {Page} page
 */
export async function installBenchApi(page) {
  source ??= readFile(inPageScript, 'utf8').catch((/** @type {unknown} */ error) => {
    source = null;
    throw new Error(`${inPageScript} is missing; run without BENCH_SKIP_BUILD once`, { cause: error });
  });
  const script = await source;
  // The bundle declares a top-level var; the assignment makes it global however DevTools wraps it.
  const expression = `${script}\n;globalThis.${inPageGlobal} = ${inPageGlobal};\ntypeof ${inPageGlobal};`;
  const installed = await page.evaluate(expression);
  if (installed !== 'object') throw new Error(`the in-page bundle did not define ${inPageGlobal}`);
}

/**
 * Calls one function of the in-page bundle (tests/bench/in-page/index.ts) by name and waits for
 * its answer; page.evaluate has no timeout of its own.
 * @template {keyof BenchApi} M
 * @param {Page} page
 * @param {M} method
 * @param {unknown[]} args what the function takes, in order (structured-cloned into the page)
 * @param {number} timeoutMs
 * @returns {Promise<Awaited<ReturnType<BenchApi[M]>>>}
 */
export async function callBench(page, method, args, timeoutMs) {
  const call = page.evaluate(
    ({ key, name, values }) => {
      const bench = /** @type {Record<string, (...values: unknown[]) => unknown>} */ (Reflect.get(window, key));
      const run = bench[name];
      if (!run) throw new Error(`the in-page bundle has no ${name}; rebuild it`);
      return run(...values);
    },
    { key: inPageGlobal, name: method, values: args },
  );
  return /** @type {Awaited<ReturnType<BenchApi[M]>>} */ (await withTimeout(call, timeoutMs, method));
}

/**
 * Writes `count` wins, 0 to 24 a day going back from yesterday, every one in the Win Jar, into a
 * page whose app has already created its database (and holds no wins yet). Reload afterwards:
 * the app should start with the history, as on a real phone, not learn of it mid-run.
 * @param {Page} page
 * @param {number} count
 * @returns {Promise<SeededHistory>}
 */
export async function seedHistory(page, count) {
  await installBenchApi(page);
  const started = Date.now();
  const options = { count, meanPerDay: SEED_MEAN_WINS_PER_DAY, chunk: SEED_CHUNK, seed: SEED };
  const written = await callBench(page, 'writeHistory', [options], SEED_TIMEOUT_MS);
  const ms = Date.now() - started;
  if (written.wins !== count || written.jar !== count || written.undrawn !== count) {
    throw new Error(`seeded ${count} wins but the stores hold ${JSON.stringify(written)}`);
  }
  const { wins, jar, schemaVersion, firstDay, numberedTexts } = written;
  return { wins, jar, schemaVersion, firstDay, numberedTexts, ms };
}
