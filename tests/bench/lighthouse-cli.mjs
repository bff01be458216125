// `node tests/bench/lighthouse-cli.mjs`: the Lighthouse rows alone, without the rest of the bench.
// Builds nothing of the app: it audits APP_URL and BARE_URL when set, otherwise it serves dist/
// (run `npx vite build` first) and dist-bench/bare/ (built here if missing) with Vite's preview
// server. Progress goes to stderr, the table and its notes to stdout; the raw samples land in
// dist-bench/lighthouse.json and each run's full report in dist-bench/lighthouse/<page>-<run>.html.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { buildBare } from './build.mjs';
import { appDistDir, bareDistDir, benchOutDir, repoRoot } from './config.mjs';
import { generateReport } from 'lighthouse';
import { collectLighthouse, lighthouseNotes, lighthouseRows } from './lighthouse.mjs';
import { serveApp, serveBare } from './serve.mjs';
import { formatTable } from './table.mjs';

/** @typedef {import('./serve.mjs').Served} Served */

/** @param {string} message */
const log = (message) => process.stderr.write(`${message}\n`);

/**
 * @param {string} name
 * @param {number} fallback
 */
function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

/**
 * serve.mjs names the whole bench's port variables when a port is taken; name this runner's.
 * @param {() => Promise<Served>} start
 * @param {number} port
 * @param {string} variable
 */
async function serveOn(start, port, variable) {
  try {
    return await start();
  } catch (error) {
    if (error instanceof Error && /taken|already in use/i.test(error.message)) {
      throw new Error(`Port ${port} is taken; free it or set ${variable} to another port.`, { cause: error });
    }
    throw error;
  }
}

/**
 * @param {string | undefined} givenUrl
 * @param {() => Promise<Served>} serve
 * @returns {Promise<Served>}
 */
async function urlOrServe(givenUrl, serve) {
  if (givenUrl !== undefined && givenUrl !== '') return { url: givenUrl, close: () => Promise.resolve() };
  return serve();
}

async function main() {
  const started = Date.now();
  // vite.config.ts, which the app's preview server loads, reads package.json by a relative path.
  process.chdir(repoRoot);
  const runs = positiveInt('BENCH_LIGHTHOUSE_RUNS', 3);
  const appPort = positiveInt('BENCH_LIGHTHOUSE_APP_PORT', 4191);
  const barePort = positiveInt('BENCH_LIGHTHOUSE_BARE_PORT', 4192);

  const app = await urlOrServe(process.env.APP_URL, async () => {
    if (!existsSync(join(appDistDir, 'index.html'))) {
      throw new Error(`No app build in ${relative(repoRoot, appDistDir)}/: run \`npx vite build\` first, or set APP_URL.`);
    }
    return serveOn(() => serveApp(appPort), appPort, 'BENCH_LIGHTHOUSE_APP_PORT');
  });
  try {
    const bare = await urlOrServe(process.env.BARE_URL, async () => {
      if (!existsSync(join(bareDistDir, 'index.html'))) {
        log(`No bare page in ${relative(repoRoot, bareDistDir)}/; building it...`);
        await buildBare();
      }
      return serveOn(() => serveBare(barePort), barePort, 'BENCH_LIGHTHOUSE_BARE_PORT');
    });
    try {
      log(`Lighthouse, default mobile config, ${runs} runs each: app ${app.url}, bare page ${bare.url}`);
      const reportDir = join(benchOutDir, 'lighthouse');
      await mkdir(reportDir, { recursive: true });
      const results = await collectLighthouse({
        appUrl: app.url,
        bareUrl: bare.url,
        runs,
        log,
        onResult: (page, run, lhr) => writeFile(join(reportDir, `${page}-${run}.html`), generateReport(lhr, 'html')),
      });
      const seconds = Math.round((Date.now() - started) / 1000);
      const notes = [...lighthouseNotes(results), `Took ${seconds} s.`];
      process.stdout.write(`\n${formatTable(lighthouseRows(results))}\n\n${notes.join('\n')}\n`);
      const file = join(benchOutDir, 'lighthouse.json');
      await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), seconds, ...results }, null, 2)}\n`);
      log(`Raw samples in ${relative(repoRoot, file)}; reports in ${relative(repoRoot, reportDir)}/.`);
    } finally {
      await bare.close();
    }
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Lighthouse bench failed: ${detail}\n`);
  process.exitCode = 1;
});
