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
 * @property {number} jar rows in the jar's bag afterwards
 * @property {number} schemaVersion the schema the rows were built for
 * @property {number} ms how long the writing took, for the log
 */

const SEED_WINS_PER_DAY = 10;
const SEED_CHUNK = 5_000;
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
 * Writes `count` wins, ten a day going back from yesterday, every one in the Win Jar, into a
 * page whose app has already created its database (and holds no wins yet). Reload afterwards:
 * the app should start with the history, as on a real phone, not learn of it mid-run.
 * @param {Page} page
 * @param {number} count
 * @returns {Promise<SeededHistory>}
 */
export async function seedHistory(page, count) {
  await installBenchApi(page);
  const started = Date.now();
  const written = await withTimeout(
    page.evaluate(
      ({ key, options }) => /** @type {BenchApi} */ (Reflect.get(window, key)).writeHistory(options),
      { key: inPageGlobal, options: { count, perDay: SEED_WINS_PER_DAY, chunk: SEED_CHUNK } },
    ),
    SEED_TIMEOUT_MS,
    `writing ${count} wins`,
  );
  const ms = Date.now() - started;
  if (written.wins !== count || written.jar !== count || written.undrawn !== count) {
    throw new Error(`seeded ${count} wins but the stores hold ${JSON.stringify(written)}`);
  }
  return { wins: written.wins, jar: written.jar, schemaVersion: written.schemaVersion, ms };
}
