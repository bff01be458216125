// Where things live and the knobs a run can turn, in one place so new rows reuse them.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const appConfigFile = join(repoRoot, 'vite.config.ts');
export const appDistDir = join(repoRoot, 'dist');
export const benchOutDir = join(repoRoot, 'dist-bench');
export const bareRoot = fileURLToPath(new URL('./bare/', import.meta.url));
export const bareDistDir = join(benchOutDir, 'bare');
export const resultsFile = join(benchOutDir, 'results.json');
export const inPageEntry = fileURLToPath(new URL('./in-page/index.ts', import.meta.url));
export const inPageDistDir = join(benchOutDir, 'in-page');
export const inPageScript = join(inPageDistDir, 'bench-in-page.js');
// The global the in-page bundle lands on; tests/bench/in-page/index.ts has the API.
export const inPageGlobal = '__smallWinsBench';

/**
 * @param {string} name
 * @param {number} fallback
 */
function positiveIntFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

const SECTIONS = ['cold-start', 'jar', 'look-back', 'save', 'data', 'lighthouse'];

/** BENCH_ONLY=look-back,data measures just those sections (the sizes rows are always there). */
function sectionsFromEnv() {
  const raw = process.env.BENCH_ONLY;
  if (raw === undefined || raw === '') return new Set(SECTIONS);
  const chosen = raw.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !SECTIONS.includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY knows ${SECTIONS.join(', ')}; not ${unknown.join(', ')}.`);
  return new Set(chosen);
}

export const settings = {
  // Iterating on one row should not cost the whole run; a real run measures every section.
  sections: sectionsFromEnv(),
  runs: positiveIntFromEnv('BENCH_RUNS', 7),
  // Clear of 4173 (`npm start`) and 4190 (the e2e tests' preview server), so a bench can run
  // beside them; both still move by env when something else holds these.
  appPort: positiveIntFromEnv('BENCH_APP_PORT', 4183),
  barePort: positiveIntFromEnv('BENCH_BARE_PORT', 4184),
  // Lighthouse's "mid-tier mobile" slowdown: a desktop core is roughly four times a mid-range phone's.
  cpuSlowdown: positiveIntFromEnv('BENCH_CPU_SLOWDOWN', 4),
  // Iterating on the harness should not cost a rebuild every time; a real run always rebuilds.
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
  // The budget the entry JS is held to, as a multiple of the bare React + ReactDOM + Dexie page.
  entryJsMaxRatio: 1.25,
  // Thirty saves make p95 the second-slowest, not the slowest: one stray pause is not a verdict.
  saves: positiveIntFromEnv('BENCH_SAVES', 30),
  saveWarmUps: 3,
  // About 27 years at ten wins a day: a heavy user's lifetime, the history a save must not notice.
  savedHistoryWins: 100_000,
  // Enter to the win in the list, p95, with that history, in this machine's headless Chromium.
  saveP95TargetMs: 50,
  // Win Jar pulls: 1,000 wins, ten years at three a day, and the heavy user's lifetime.
  jarPullSizes: [1_000, 11_000, 100_000],
  // Fifty make p95 the third-slowest pull: a stray pause does not decide it.
  pulls: positiveIntFromEnv('BENCH_PULLS', 50),
  pullWarmUps: 5,
  // The targets, at the largest size, in this machine's headless Chromium.
  pullMedianTargetMs: 5,
  pullMinSpeedup: 20,
  // Look back: ten years at three a day, and the heavy user's lifetime.
  lookBackSizes: [11_000, 100_000],
  // Fresh loads of /look-back, and taps on the tab, per size (after one warm-up load).
  lookBackRuns: positiveIntFromEnv('BENCH_LOOK_BACK_RUNS', 7),
  // Typed a letter at a time: a very common word, two words, a common word that begins others
  // ("rested", "restaurant"), and a word that turns up a few times in years.
  searchQueries: ['walk', 'called the', 'rest', 'kingfisher'],
  // Scrolling 100,000 wins to the first may take long; past this the row says "over" rather than wait.
  scrollCapMs: positiveIntFromEnv('BENCH_SCROLL_CAP_MS', 60_000),
  // Targets at the largest size, in this machine's headless Chromium: the first timeline row after
  // a tap on the tab (median), each keystroke answered on screen (p95), and the page's heap.
  lookBackFirstRowTargetMs: 150,
  searchP95TargetMs: 50,
  lookBackHeapTargetBytes: 60 * 1024 * 1024,
  // Your data: export and import with the heavy user's lifetime, sharing its history.
  dataWins: 100_000,
  exportTargetMs: 3_000,
  importTargetMs: 8_000,
  // No main-thread task longer than this while either runs: the page must keep answering.
  longTaskTargetMs: 200,
};
