// `npm run bench`: builds the app and the bare yardstick, measures both in the same run and
// prints one table. Progress goes to stderr so stdout is just the table and its notes.
import { mkdir, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { buildApp, buildBare, buildInPage } from './build.mjs';
import { firstVisit, launchBrowser, offlineWarm, repeatVisit, runScenarios, warmUp } from './cold-start.mjs';
import { appDistDir, bareDistDir, benchOutDir, repoRoot, resultsFile, settings } from './config.mjs';
import { openHistory } from './history-context.mjs';
import { measureJarPull } from './jar-pull.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { SEED_MEAN_WINS_PER_DAY } from './seed-history.mjs';
import { lookBackRows } from './look-back-rows.mjs';
import { measureLookBack } from './look-back.mjs';
import { measureSaveLatency } from './save-latency.mjs';
import { serveApp, serveBare } from './serve.mjs';
import { entryJsSize, precacheSize } from './sizes.mjs';
import { summarize } from './stats.mjs';
import {
  formatBytes,
  formatFineTiming,
  formatMedianTarget,
  formatMegabytes,
  formatP95Target,
  formatRatio,
  formatRatioTarget,
  formatSpeedup,
  formatSpeedupTarget,
  formatTable,
  formatTiming,
} from './table.mjs';
import { measureYourData } from './your-data.mjs';
import { yourDataRows } from './your-data-rows.mjs';

/** @typedef {import('./table.mjs').Row} Row */
/** @typedef {import('./cold-start.mjs').Series} Series */
/** @typedef {import('./cold-start.mjs').Sample} Sample */
/** @typedef {import('./save-latency.mjs').SaveSeries} SaveSeries */
/** @typedef {import('./jar-pull.mjs').PullSeries} PullSeries */
/** @typedef {import('./look-back.mjs').LookBackSeries} LookBackSeries */
/** @typedef {import('./your-data.mjs').DataSeries} DataSeries */

/** @param {string} message */
const log = (message) => process.stderr.write(`${message}\n`);

/**
 * Every row that needs a stored history, each size written once in its own context and shared
 * by the rows that measure it, smallest first. At the largest size the order matters: the Win
 * Jar rows draw from the bag, Look back only reads, the saves add wins, and Your data empties
 * the database and imports it back, so it goes last.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {Set<string>} strays
 */
async function measureHistories(browser, url, strays) {
  /** @type {Map<number, SaveSeries>} */
  let saveSeries = new Map();
  /** @type {Map<number, PullSeries>} */
  const pullSeries = new Map();
  /** @type {Map<number, LookBackSeries>} */
  const lookBackSeries = new Map();
  /** @type {DataSeries | null} */
  let dataSeries = null;
  const on = settings.sections;
  const jarSizes = on.has('jar') ? settings.jarPullSizes : [];
  const lookBackSizes = on.has('look-back') ? settings.lookBackSizes : [];
  const saveSize = on.has('save') ? settings.savedHistoryWins : null;
  const dataSize = on.has('data') ? settings.dataWins : null;
  const sizes = [...new Set([...jarSizes, ...lookBackSizes, saveSize ?? [], dataSize ?? []].flat())].sort((a, b) => a - b);
  for (const size of sizes) {
    const label = size.toLocaleString('en');
    const wanted = [
      jarSizes.includes(size) ? 'Win Jar' : '',
      lookBackSizes.includes(size) ? 'Look back' : '',
      size === saveSize ? 'Today save' : '',
      size === dataSize ? 'Your data' : '',
    ].filter(Boolean);
    log(`History of ${label} wins for ${wanted.join(', ')} (Pixel 7, no CPU throttling, service workers blocked)...`);
    let shared;
    try {
      shared = await openHistory(browser, url, size, { strays, log });
    } catch (error) {
      const failure = `writing the history failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      log(`  ${failure}`);
      if (jarSizes.includes(size)) {
        const empty = { pull: [], tap: [], offset: [], seedMs: null, seededSchema: null, bagBefore: null, bagAfter: null };
        pullSeries.set(size, { storedWins: size, ...empty, failure });
      }
      continue;
    }
    try {
      if (jarSizes.includes(size)) {
        log(`  Win Jar pull: ${settings.pullWarmUps} + ${settings.pulls} rounds (tap, pullFromJar, offset pick)...`);
        pullSeries.set(size, await measureJarPull(shared, { pulls: settings.pulls, warmUps: settings.pullWarmUps, log }));
      }
      if (lookBackSizes.includes(size)) {
        log(`  Look back: ${settings.lookBackRuns} loads, ${settings.lookBackRuns} taps, typed searches, scroll to the oldest...`);
        const options = {
          loads: settings.lookBackRuns,
          queries: settings.searchQueries,
          scrollCapMs: settings.scrollCapMs,
          log,
        };
        lookBackSeries.set(size, await measureLookBack(shared, options));
      }
      if (size === saveSize) {
        log(`  Today save latency: ${settings.saveWarmUps} + ${settings.saves} saves, taking turns with 0 wins stored...`);
        const empty = await openHistory(browser, url, 0, { strays, log });
        try {
          const options = { saves: settings.saves, warmUps: settings.saveWarmUps, log };
          saveSeries = await measureSaveLatency([empty, shared], options);
        } finally {
          await empty.close();
        }
      }
      if (size === dataSize) {
        log('  Your data: export and import, plain and sealed, with a round-trip check...');
        dataSeries = await measureYourData(shared, { log });
      }
    } finally {
      await shared.close();
    }
  }
  return { saveSeries, pullSeries, lookBackSeries, dataSeries };
}

// A section BENCH_ONLY left out: its cells say so, rather than "failed".
const NOT_RUN = 'not run';
/** @param {string} failure */
const missingCell = (failure) => (failure === NOT_RUN ? NOT_RUN : 'failed (see notes)');

async function main() {
  const started = Date.now();
  // vite.config.ts reads package.json by a relative path.
  process.chdir(repoRoot);
  await mkdir(benchOutDir, { recursive: true });

  if (settings.skipBuild) {
    log('Skipping builds (BENCH_SKIP_BUILD=1); measuring dist/ and dist-bench/ as they are.');
  } else {
    log('Building the app (vite build -> dist/), the bare page and the in-page helpers (-> dist-bench/)...');
    await Promise.all([buildApp(), buildBare(), buildInPage()]);
  }

  const [appEntry, bareEntry, precache] = await Promise.all([
    entryJsSize(appDistDir),
    entryJsSize(bareDistDir),
    precacheSize(appDistDir),
  ]);

  const strays = new Set(/** @type {string[]} */ ([]));
  const options = { cpuSlowdown: settings.cpuSlowdown, strays };
  /** @type {Map<string, Series>} */
  let timings = new Map();
  /** @type {Map<number, SaveSeries>} */
  let saveSeries = new Map();
  /** @type {Map<number, PullSeries>} */
  let pullSeries = new Map();
  /** @type {Map<number, LookBackSeries>} */
  let lookBackSeries = new Map();
  /** @type {DataSeries | null} */
  let dataSeries = null;
  /** @type {Row[]} */
  let lighthouseRows = [];
  /** @type {string[]} */
  const lighthouseNotes = [];
  const history = settings.savedHistoryWins;
  const app = await serveApp(settings.appPort);
  try {
    const bare = await serveBare(settings.barePort);
    try {
      const browser = await launchBrowser();
      try {
        await warmUp(browser, app.url);
        await warmUp(browser, bare.url);
        if (settings.sections.has('cold-start')) {
          log(`Cold start: ${settings.runs} rounds, Pixel 7, CPU ${settings.cpuSlowdown}x slower...`);
          timings = await runScenarios(
            [
              { key: 'app-first-visit', run: () => firstVisit(browser, app.url, options) },
              { key: 'bare-first-visit', run: () => firstVisit(browser, bare.url, options) },
              { key: 'app-offline-warm', run: () => offlineWarm(browser, app.url, options) },
              { key: 'bare-repeat-visit', run: () => repeatVisit(browser, bare.url, options) },
            ],
            settings.runs,
            log,
          );
        }
        ({ saveSeries, pullSeries, lookBackSeries, dataSeries } = await measureHistories(browser, app.url, strays));
      } finally {
        await browser.close();
      }
      // After Playwright's browser has closed, so the two never compete for the CPU.
      if (settings.sections.has('lighthouse')) {
        log('Lighthouse: default mobile config, app and bare page, 3 runs each...');
        lighthouseRows = await measureLighthouse({ appUrl: app.url, bareUrl: bare.url, runs: 3, log, strays, notes: lighthouseNotes });
      }
    } finally {
      await bare.close();
    }
  } finally {
    await app.close();
  }

  /** @param {string} key */
  const series = (key) => timings.get(key) ?? { samples: [], failure: NOT_RUN };
  /**
   * @param {string} key
   * @param {keyof Sample} field
   */
  const stat = (key, field) => summarize(series(key).samples.map((sample) => sample[field]));
  /**
   * @param {string} key
   * @param {keyof Sample} field
   */
  const timingCell = (key, field) => {
    const { failure, samples } = series(key);
    if (failure) return missingCell(failure);
    const text = formatTiming(stat(key, field));
    return samples.length < settings.runs ? `${text} (n=${samples.length})` : text;
  };
  /**
   * @param {string} group
   * @param {string} metric
   * @param {string} appKey
   * @param {string} bareKey
   * @param {keyof Sample} field
   * @returns {Row}
   */
  const timingRow = (group, metric, appKey, bareKey, field) => ({
    group,
    metric,
    app: timingCell(appKey, field),
    yardstick: timingCell(bareKey, field),
    ratio: formatRatio(stat(appKey, field)?.median, stat(bareKey, field)?.median),
    target: '',
  });

  /** @param {number} storedWins */
  const saves = (storedWins) =>
    saveSeries.get(storedWins) ?? { samples: [], heap: null, seededSchema: null, failure: NOT_RUN };
  /**
   * @param {number} storedWins
   * @param {'listed' | 'painted'} field
   */
  const saveStat = (storedWins, field) => summarize(saves(storedWins).samples.map((sample) => sample[field]));
  /** @param {number} storedWins */
  const saveCell = (storedWins) => {
    const { failure, samples } = saves(storedWins);
    if (failure && samples.length === 0) return missingCell(failure);
    const text = formatTiming(saveStat(storedWins, 'listed'));
    return samples.length < settings.saves ? `${text} (n=${samples.length})` : text;
  };
  /** @param {number} storedWins */
  const heapCell = (storedWins) => {
    const { heap } = saves(storedWins);
    if (!heap) return 'n/a';
    // Garbage still waiting for collection swings by megabytes between runs; what survives a GC does not.
    return `${formatMegabytes(heap.afterGcBytes)} after GC (${formatMegabytes(heap.usedBytes)} before)`;
  };
  const historyLabel = history.toLocaleString('en');

  /** @param {number} storedWins */
  const pulls = (storedWins) => pullSeries.get(storedWins);
  /**
   * @param {number} storedWins
   * @param {'pull' | 'offset' | 'tapShown' | 'tapPainted'} method
   */
  const pullStat = (storedWins, method) => {
    const series = pulls(storedWins);
    if (!series || series.failure) return null;
    if (method === 'tapShown') return summarize(series.tap.map((sample) => sample.shown));
    if (method === 'tapPainted') return summarize(series.tap.map((sample) => sample.painted));
    return summarize(series[method]);
  };
  /**
   * @param {number} storedWins
   * @param {'pull' | 'offset' | 'tapShown'} method
   */
  const pullCell = (storedWins, method) => {
    const series = pulls(storedWins);
    if (!series) return NOT_RUN;
    if (series.failure) return 'failed (see notes)';
    return formatFineTiming(pullStat(storedWins, method));
  };
  const targetWins = Math.max(...settings.jarPullSizes);
  /**
   * @param {number} storedWins
   * @param {'pull' | 'tapShown'} method
   * @param {string} metric
   * @returns {Row}
   */
  const pullRow = (storedWins, method, metric) => {
    const app = pullStat(storedWins, method)?.median;
    const offset = pullStat(storedWins, 'offset')?.median;
    const targets =
      storedWins === targetWins && method === 'pull'
        ? `${formatMedianTarget(app, settings.pullMedianTargetMs)}, ` +
          formatSpeedupTarget(app, offset, settings.pullMinSpeedup)
        : '';
    // The offset pick is data only: set against a tap that also renders, its ratio would mislead.
    const dataOnly = method === 'pull';
    return {
      group: 'Win Jar pull‡',
      metric: `${metric}, ${storedWins.toLocaleString('en')} wins`,
      app: pullCell(storedWins, method),
      yardstick: dataOnly ? `offset: ${pullCell(storedWins, 'offset')}` : 'n/a (no render)',
      ratio: dataOnly ? formatSpeedup(app, offset) : '',
      target: targets,
    };
  };
  const lookBack = lookBackRows(lookBackSeries);
  const yourData = yourDataRows(dataSeries);
  const seeded = [...saveSeries.values(), ...pullSeries.values()];
  const seededSchemas = new Set(seeded.flatMap(({ seededSchema }) => (seededSchema ? [seededSchema] : [])));

  /** @type {Row[]} */
  const rows = [
    {
      group: 'Entry JS',
      metric: 'gzip -9, entry + static imports',
      app: formatBytes(appEntry.gzipBytes),
      yardstick: formatBytes(bareEntry.gzipBytes),
      ratio: formatRatio(appEntry.gzipBytes, bareEntry.gzipBytes),
      target: formatRatioTarget(appEntry.gzipBytes, bareEntry.gzipBytes, settings.entryJsMaxRatio),
    },
    {
      group: 'Precache',
      metric: 'bytes in sw.js precache list',
      app: formatBytes(precache.bytes),
      yardstick: 'n/a (no SW)',
      ratio: '',
      target: '',
    },
    {
      group: 'Precache',
      metric: 'entries in sw.js precache list',
      app: String(precache.entries),
      yardstick: 'n/a (no SW)',
      ratio: '',
      target: '',
    },
    timingRow('First visit, online', 'first contentful paint', 'app-first-visit', 'bare-first-visit', 'fcp'),
    timingRow('First visit, online', 'win field ready', 'app-first-visit', 'bare-first-visit', 'ready'),
    timingRow('Offline, SW warm*', 'first contentful paint', 'app-offline-warm', 'bare-repeat-visit', 'fcp'),
    timingRow('Offline, SW warm*', 'win field ready', 'app-offline-warm', 'bare-repeat-visit', 'ready'),
    {
      group: 'Today save†',
      metric: `Enter to win listed, ${historyLabel} wins`,
      app: saveCell(history),
      yardstick: `0 wins: ${saveCell(0)}`,
      ratio: formatRatio(saveStat(history, 'listed')?.median, saveStat(0, 'listed')?.median),
      target: formatP95Target(saveStat(history, 'listed')?.p95, settings.saveP95TargetMs),
    },
    {
      group: 'Today save†',
      metric: `JS heap used after saves, ${historyLabel} wins`,
      app: heapCell(history),
      yardstick: `0 wins: ${heapCell(0)}`,
      ratio: formatRatio(saves(history).heap?.afterGcBytes, saves(0).heap?.afterGcBytes),
      target: '',
    },
    ...settings.jarPullSizes.flatMap((size) => [
      pullRow(size, 'pull', 'pullFromJar'),
      pullRow(size, 'tapShown', 'tap to card on screen'),
    ]),
    ...lookBack.rows,
    ...yourData.rows,
    ...lighthouseRows,
  ];

  const notes = [
    `Load timings: median and p95 over ${settings.runs} runs, ms from navigation start; ` +
      `Pixel 7 viewport, CPU ${settings.cpuSlowdown}x slower, headless Chromium.`,
    '* The bare page has no service worker; its column there is a repeat visit online in the same profile.',
    `Yardstick: React + ReactDOM + Dexie page (tests/bench/bare), built and measured in this run; ` +
      'for the Today save rows, the app itself with 0 wins stored. Ratio divides the medians (heap: after GC).',
    `† Today save: ms from the Enter keydown in "Your win" to the new win's element in the "Today’s wins" list ` +
      `(DOM mutation), median and p95 over ${settings.saves} saves after ${settings.saveWarmUps} warm-ups; ` +
      `0 stored wins (a fresh context) and ${historyLabel} (the context shared with the Jar, Look back and data ` +
      'rows, after the first two and before the last) taking turns, each opened afresh at Today; Pixel 7 viewport, ' +
      'NO CPU throttling (the target is for this machine), service workers blocked.',
    `† History (also ‡ § ¶): written once per size, 0 to ${2 * SEED_MEAN_WINS_PER_DAY} wins a day ` +
      `(${SEED_MEAN_WINS_PER_DAY} on average) back from yesterday (100,000 is about 23 years), texts from a ` +
      'seeded vocabulary of ~450 words (common to rare, some with emoji, right-to-left script, accents or ' +
      `several lines), rows built by the app's own buildWin (schema version ${[...seededSchemas].join(', ') || '?'}) ` +
      "and written straight into IndexedDB with their search pages, every one in the Win Jar's bag as version 3's upgrade places it; " +
      'today starts empty.',
    `† Until the end of the next frame after that: ${formatTiming(saveStat(0, 'painted'))} at 0 wins, ` +
      `${formatTiming(saveStat(history, 'painted'))} at ${historyLabel}. ` +
      'Heap: JSHeapUsedSize (CDP) after the saves and a forced GC; in brackets, before that GC.',
    `‡ Win Jar pull: each size in its history's context, opened afresh at /jar with reduced motion, before any ` +
      `other row uses it; Pixel 7 viewport, NO CPU throttling, service workers blocked. The three methods take ` +
      `turns in rounds (order rotating): ${settings.pullWarmUps} warm-up rounds, then median and p95 over ${settings.pulls}.`,
    "‡ pullFromJar: the app's own function (src/db/repo/jar.ts, bundled from src into the page by " +
      'tests/bench/in-page), timed in the page from the call until its transaction has committed. ' +
      'Tap to card on screen: from the click event on "Pull a win"/"Pull another" to the new slip\'s text in ' +
      "the pulled card (DOM mutation): pullFromJar, the card's own read and React's render.",
    "‡ Yardstick: db.wins.offset(n).first() with the app's Dexie and schema, in the same page, n uniform in " +
      '[0, wins): one readonly transaction, a cursor on wins that reads the first row, advance(n)s and reads ' +
      "one more. Ratio: the offset median over pullFromJar's. " +
      `Targets at ${targetWins.toLocaleString('en')} wins: pullFromJar median <= ${settings.pullMedianTargetMs} ms ` +
      `and >= ${settings.pullMinSpeedup}x faster than the offset pick.`,
    `‡ Tap until the end of the next frame after that: ${settings.jarPullSizes
      .map((size) => `${formatFineTiming(pullStat(size, 'tapPainted'))} at ${size.toLocaleString('en')}`)
      .join(', ')}.`,
    ...lookBack.notes,
    ...yourData.notes,
    ...lighthouseNotes,
    `App entry files: ${appEntry.files.join(', ')}; raw ${formatBytes(appEntry.rawBytes)}.`,
    `Bare entry files: ${bareEntry.files.join(', ')}; raw ${formatBytes(bareEntry.rawBytes)}.`,
  ];
  if (precache.conflicts.length > 0) {
    notes.push(
      `Precache list names ${precache.conflicts.join(', ')} with different revisions: workbox throws ` +
        '(add-to-cache-list-conflicting-entries) and the worker installs with nothing cached.',
    );
  } else if (precache.duplicates.length > 0) {
    notes.push(`Precache list names some URLs more than once (counted once): ${precache.duplicates.join(', ')}.`);
  }
  for (const [key, { failure }] of timings) {
    if (failure) notes.push(`${key} could not be measured: ${failure}`);
  }
  for (const [storedWins, { failure }] of saveSeries) {
    if (failure) notes.push(`Today save with ${storedWins.toLocaleString('en')} wins stopped: ${failure}`);
  }
  for (const [storedWins, { failure }] of pullSeries) {
    if (failure) notes.push(`Win Jar pull with ${storedWins.toLocaleString('en')} wins stopped: ${failure}`);
  }
  if (strays.size > 0) notes.push(`Requests that tried to leave localhost (blocked): ${[...strays].join(', ')}`);
  const seconds = Math.round((Date.now() - started) / 1000);
  notes.push(`Whole run took ${seconds} s; raw samples in ${relative(repoRoot, resultsFile)}.`);

  process.stdout.write(`\n${formatTable(rows)}\n\n${notes.join('\n')}\n`);

  await writeFile(
    resultsFile,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        settings,
        appEntry,
        bareEntry,
        precache,
        timings: Object.fromEntries(timings),
        saveLatency: Object.fromEntries(saveSeries),
        jarPull: Object.fromEntries(pullSeries),
        lookBack: Object.fromEntries(lookBackSeries),
        yourData: dataSeries,
        strays: [...strays],
        rows,
      },
      null,
      2,
    )}\n`,
  );
  if (yourData.dataLost) {
    // Not a target missed but data lost: the one result that must fail the run.
    process.stderr.write('Benchmark: an import did not give back what was exported, or lost a word from search (see notes).\n');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Benchmark failed: ${detail}\n`);
  process.exitCode = 1;
});
