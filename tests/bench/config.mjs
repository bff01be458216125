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

export const settings = {
  runs: positiveIntFromEnv('BENCH_RUNS', 7),
  // 4173 is the app's own preview port; both can move when something else (an e2e run) holds them.
  appPort: positiveIntFromEnv('BENCH_APP_PORT', 4173),
  barePort: positiveIntFromEnv('BENCH_BARE_PORT', 4174),
  // Lighthouse's "mid-tier mobile" slowdown: a desktop core is roughly four times a mid-range phone's.
  cpuSlowdown: positiveIntFromEnv('BENCH_CPU_SLOWDOWN', 4),
  // Iterating on the harness should not cost a rebuild every time; a real run always rebuilds.
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
  // The budget the entry JS is held to, as a multiple of the bare React + ReactDOM + Dexie page.
  entryJsMaxRatio: 1.25,
};
