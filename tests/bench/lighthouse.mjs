// Lighthouse rows: the app's production build and the bare React + ReactDOM + Dexie page, each
// audited by Lighthouse's default config (mobile emulation, simulated mobile throttling) in the
// system Chromium, the two taking turns, medians over a few runs. Lighthouse itself sends nothing
// anywhere: error reporting is off unless asked for, and nothing here asks.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { summarize } from './stats.mjs';
import { formatRatio, formatRatioTarget, formatTiming } from './table.mjs';

/** @typedef {import('./table.mjs').Row} Row */
/** @typedef {import('lighthouse').Result} Lhr */
/** @typedef {'performance' | 'accessibility' | 'best-practices'} CategoryId */

// The footnote mark of these rows and their notes: next in the traditional order after *, †, ‡
// and §, which other rows already use.
const mark = '‖';

/** @type {CategoryId[]} */
const categories = ['performance', 'accessibility', 'best-practices'];

export const lighthouseTargets = {
  performanceMin: 0.95,
  accessibility: 1,
  bestPractices: 1,
  // The app's LCP over the bare page's, medians of the same run.
  lcpMaxRatio: 1.2,
};

/**
 * An audit that did not pass, on one run.
 * @typedef {object} Finding
 * @property {CategoryId} category
 * @property {string} id
 * @property {string} title
 * @property {string} detail what Lighthouse shows beside it (savings, offending nodes), or ''
 * @property {boolean} scored false when the audit has no weight in its category's score
 */

/**
 * @typedef {object} LighthouseSample
 * @property {number | null} performance 0..1
 * @property {number | null} accessibility 0..1
 * @property {number | null} bestPractices 0..1
 * @property {number | null} lcp ms, simulated
 * @property {number | null} tbt ms, simulated
 * @property {Finding[]} findings
 */

/**
 * @typedef {object} LighthouseSeries
 * @property {LighthouseSample[]} samples
 * @property {string[]} failures one line per run that gave no result
 */

/**
 * @typedef {object} LighthouseResults
 * @property {number} runs runs asked for, per page
 * @property {LighthouseSeries} app
 * @property {LighthouseSeries} bare
 * @property {string} about Lighthouse version, browser and the settings it ran with
 * @property {string} lcpElement the app's LCP element and the phases of its LCP, first run; or ''
 * @property {string[]} warnings Lighthouse's own run warnings, each once
 * @property {string[]} strays requests that left localhost, if any
 */

/**
 * @typedef {object} LighthouseOptions
 * @property {string} appUrl the app's production build, served
 * @property {string} bareUrl the bare yardstick page, served
 * @property {number} [runs] per page; 3 when not given
 * @property {(message: string) => void} [log] progress lines
 * @property {Set<string>} [strays] the harness's set of requests that tried to leave localhost
 * @property {(page: 'app' | 'bare', run: number, lhr: Lhr) => void | Promise<void>} [onResult] sees each
 *   full Lighthouse result, to keep a report
 */

// The hour the browser's clock reads during the runs. Today draws more at some hours than at
// others: from 5 pm, on a first visit, an evening note above the field; before 4 am a late-night
// one. Left to the machine's clock, the same build scored differently by the hour it was
// measured at, so the runs happen at 8 pm local time, the evening note showing: the most Today
// ever draws before the database answers.
export const LIGHTHOUSE_LOCAL_HOUR = 20;

/**
 * A fixed-offset time zone (POSIX `Etc/GMT` names count the other way) in which `now` falls in
 * the hour `hour`, for the browser's TZ.
 * @param {Date} now
 * @param {number} hour
 */
export function timeZoneAtHour(now, hour) {
  let offset = (hour - now.getUTCHours() + 24) % 24;
  if (offset > 12) offset -= 24;
  return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** @param {string} url */
function isLocal(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
}

/** @param {unknown} error */
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * A short, readable trace of what an audit's details point at: the nodes an accessibility audit
 * flags, the console errors, the URLs. Up to three, so a note stays one line.
 * @param {Lhr['audits'][string]} audit
 */
function pointsAt(audit) {
  const details = /** @type {unknown} */ (audit.details);
  if (typeof details !== 'object' || details === null || !('items' in details) || !Array.isArray(details.items)) {
    return [];
  }
  /** @type {string[]} */
  const found = [];
  for (const item of /** @type {unknown[]} */ (details.items)) {
    if (typeof item !== 'object' || item === null) continue;
    const record = /** @type {Record<string, unknown>} */ (item);
    const node = /** @type {Record<string, unknown> | undefined} */ (
      typeof record.node === 'object' && record.node !== null ? record.node : undefined
    );
    const location = /** @type {Record<string, unknown> | undefined} */ (
      typeof record.sourceLocation === 'object' && record.sourceLocation !== null ? record.sourceLocation : undefined
    );
    const text = [node?.selector, node?.snippet, record.description, record.url, record.source].find(
      (value) => typeof value === 'string' && value !== '',
    );
    if (typeof text !== 'string') continue;
    const where = typeof location?.url === 'string' && location.url !== text ? ` (${location.url})` : '';
    found.push(`${text.length > 120 ? `${text.slice(0, 117)}...` : text}${where}`);
  }
  const shown = found.slice(0, 3);
  if (found.length > shown.length) shown.push(`and ${found.length - shown.length} more`);
  return shown;
}

/**
 * Audits that did not pass: for accessibility and best practices, any score below 1; for
 * performance, the opportunities and diagnostics the report would show as failing (below 0.9),
 * not the metrics themselves and not the hidden insight audits.
 * @param {Lhr} lhr
 * @returns {Finding[]}
 */
function findingsOf(lhr) {
  /** @type {Finding[]} */
  const findings = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null) continue;
      if (['informative', 'notApplicable', 'manual', 'error'].includes(audit.scoreDisplayMode)) continue;
      if (category === 'performance' && (ref.group === 'metrics' || ref.group === 'hidden' || audit.score >= 0.9)) {
        continue;
      }
      if (audit.score >= 1) continue;
      const detail = [audit.displayValue, audit.explanation, ...pointsAt(audit)]
        .filter((text) => typeof text === 'string' && text !== '')
        .join('; ');
      findings.push({ category, id: ref.id, title: audit.title, detail, scored: ref.weight > 0 });
    }
  }
  return findings;
}

/**
 * What Lighthouse took as the largest contentful paint, and how its time splits into phases
 * (time to first byte, load delay, load time, render delay), from the first table and the
 * phase table of the largest-contentful-paint-element audit.
 * @param {Lhr} lhr
 */
function lcpElementOf(lhr) {
  const details = /** @type {unknown} */ (lhr.audits['largest-contentful-paint-element']?.details);
  if (typeof details !== 'object' || details === null || !('items' in details) || !Array.isArray(details.items)) {
    return '';
  }
  const tables = /** @type {unknown[]} */ (details.items).flatMap((table) =>
    typeof table === 'object' && table !== null && 'items' in table && Array.isArray(table.items)
      ? [/** @type {Record<string, unknown>[]} */ (table.items)]
      : [],
  );
  const node = /** @type {Record<string, unknown> | undefined} */ (tables[0]?.[0]?.node);
  const element = [node?.snippet, node?.selector].find((value) => typeof value === 'string') ?? 'unknown element';
  const phases = (tables[1] ?? []).flatMap((row) =>
    typeof row.phase === 'string' && typeof row.timing === 'number' ? [`${row.phase} ${Math.round(row.timing)} ms`] : [],
  );
  return phases.length > 0 ? `${String(element)}: ${phases.join(', ')}` : String(element);
}

/**
 * @param {Lhr} lhr
 * @returns {LighthouseSample}
 */
function sampleOf(lhr) {
  /** @param {CategoryId} id */
  const score = (id) => lhr.categories[id]?.score ?? null;
  /** @param {string} id */
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    findings: findingsOf(lhr),
  };
}

/**
 * Every URL the page requested, from Lighthouse's own network log.
 * @param {Lhr} lhr
 */
function requestedUrls(lhr) {
  const audit = lhr.audits['network-requests'];
  if (!audit) return [];
  const details = /** @type {unknown} */ (audit.details);
  if (typeof details !== 'object' || details === null || !('items' in details) || !Array.isArray(details.items)) {
    return [];
  }
  return /** @type {unknown[]} */ (details.items).flatMap((item) =>
    typeof item === 'object' && item !== null && 'url' in item && typeof item.url === 'string' ? [item.url] : [],
  );
}

/** @param {Lhr} lhr */
function describeRun(lhr) {
  const { formFactor, throttlingMethod, throttling, screenEmulation } = lhr.configSettings;
  const { rttMs, throughputKbps, cpuSlowdownMultiplier } = throttling;
  const network =
    rttMs === undefined || throughputKbps === undefined
      ? ''
      : `, ${rttMs} ms RTT, ${(throughputKbps / 1024).toFixed(1)} Mbps`;
  const cpu = cpuSlowdownMultiplier === undefined ? '' : `, CPU ${cpuSlowdownMultiplier}x slower`;
  const screen = screenEmulation.disabled
    ? 'no screen emulation'
    : `${screenEmulation.width}x${screenEmulation.height} @${screenEmulation.deviceScaleFactor}x`;
  const browser = /Chrom(?:e|ium)\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? 'Chromium';
  return (
    `Lighthouse ${lhr.lighthouseVersion}, default config: ${formFactor} (${screen}), ` +
    `${throttlingMethod} throttling${network}${cpu}; headless ${browser}`
  );
}

/**
 * Runs Lighthouse on both pages, taking turns (the order flips every round so neither always goes
 * first), each run in a fresh system Chromium, so every run is a first visit: empty HTTP cache,
 * no service worker, no IndexedDB. A run that fails is noted and skipped; only a browser that will
 * not start throws.
 * @param {LighthouseOptions} options
 * @returns {Promise<LighthouseResults>}
 */
export async function collectLighthouse({ appUrl, bareUrl, runs = 3, log = () => undefined, strays, onResult }) {
  /** @type {LighthouseResults} */
  const results = {
    runs,
    app: { samples: [], failures: [] },
    bare: { samples: [], failures: [] },
    about: '',
    lcpElement: '',
    warnings: [],
    strays: [],
  };
  const warnings = new Set(/** @type {string[]} */ ([]));
  const leaving = new Set(/** @type {string[]} */ ([]));
  const chromePath = findChromium();
  for (let round = 0; round < runs; round += 1) {
    const pages = /** @type {const} */ ([
      ['app', appUrl],
      ['bare', bareUrl],
    ]);
    for (const [which, url] of round % 2 === 0 ? pages : [...pages].reverse()) {
      const series = results[which];
      log(`Lighthouse ${which === 'app' ? 'app' : 'bare page'}, run ${round + 1} of ${runs}...`);
      // A new browser, and so a new temporary profile, for every run: Lighthouse clears the HTTP
      // cache, service workers and Cache Storage itself but keeps IndexedDB, which the app and the
      // bare page both create, so a shared profile would turn every run after the first into a
      // repeat visit. A browser that will not start at all ends the measurement.
      const chrome = await launch({
        chromePath,
        // chrome-launcher adds its own quiet defaults (no background networking, no component
        // updates, no sync, no phishing checks); host resolution is cut off beyond localhost on
        // top, as the rest of the harness does.
        chromeFlags: [...chromiumArgs, '--headless=new', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'],
        envVars: { ...process.env, TZ: timeZoneAtHour(new Date(), LIGHTHOUSE_LOCAL_HOUR) },
        logLevel: 'silent',
      });
      try {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
          // Not part of any score; skipping it saves a large screenshot per run.
          disableFullPageScreenshot: true,
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const { lhr } = result;
        for (const request of requestedUrls(lhr)) if (!isLocal(request)) leaving.add(request);
        for (const warning of lhr.runWarnings) warnings.add(`${which}: ${warning}`);
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        series.samples.push(sampleOf(lhr));
        if (results.about === '') results.about = describeRun(lhr);
        if (which === 'app' && results.lcpElement === '') results.lcpElement = lcpElementOf(lhr);
        try {
          await onResult?.(which, round + 1, lhr);
        } catch (error) {
          log(`Could not keep the ${which} report of run ${round + 1}: ${firstLine(error)}`);
        }
      } catch (error) {
        series.failures.push(`run ${round + 1}: ${firstLine(error)}`);
      } finally {
        chrome.kill();
      }
    }
  }
  results.warnings = [...warnings];
  results.strays = [...leaving];
  for (const url of leaving) strays?.add(url);
  return results;
}

/**
 * @param {LighthouseSeries} series
 * @param {(sample: LighthouseSample) => number | null} pick
 */
function valuesOf(series, pick) {
  return series.samples.flatMap((sample) => {
    const value = pick(sample);
    return value === null ? [] : [value];
  });
}

/**
 * @param {LighthouseSeries} series
 * @param {(sample: LighthouseSample) => number | null} pick
 */
function medianOf(series, pick) {
  return summarize(valuesOf(series, pick))?.median ?? null;
}

/**
 * @param {LighthouseSeries} series
 * @param {number} runs
 * @param {string} text
 */
function withCount(series, runs, text) {
  if (series.samples.length === 0) return series.failures.length > 0 ? 'failed (see notes)' : 'n/a';
  return series.samples.length < runs ? `${text} (n=${series.samples.length})` : text;
}

/**
 * A score as Lighthouse's 0..1, the median, and the worst run beside it when they differ.
 * @param {LighthouseSeries} series
 * @param {number} runs
 * @param {(sample: LighthouseSample) => number | null} pick
 */
function scoreCell(series, runs, pick) {
  const summary = summarize(valuesOf(series, pick));
  if (!summary) return withCount(series, runs, 'n/a');
  const text =
    summary.min < summary.median
      ? `${summary.median.toFixed(2)}, min ${summary.min.toFixed(2)}`
      : summary.median.toFixed(2);
  return withCount(series, runs, text);
}

/**
 * @param {LighthouseSeries} series
 * @param {number} runs
 * @param {(sample: LighthouseSample) => number | null} pick
 */
function timingCell(series, runs, pick) {
  return withCount(series, runs, formatTiming(summarize(valuesOf(series, pick))));
}

/**
 * @param {number | null} median
 * @param {'>=' | '='} relation
 * @param {number} target
 */
function scoreTarget(median, relation, target) {
  const label = `${relation} ${target.toFixed(2)}`;
  if (median === null) return label;
  // Scores come as whole percentages over 100; compare on that grid, not on float noise.
  const met = relation === '>=' ? Math.round(median * 100) >= Math.round(target * 100) : median === target;
  return `${label} ${met ? 'ok' : 'MISSED'}`;
}

/**
 * The table's rows. Score targets are the app's; the LCP target is the app's median over the bare
 * page's median from the same run.
 * @param {LighthouseResults} results
 * @returns {Row[]}
 */
export function lighthouseRows({ runs, app, bare }) {
  const group = `Lighthouse mobile${mark}`;
  /**
   * @param {string} metric
   * @param {(sample: LighthouseSample) => number | null} pick
   * @param {string} target
   * @returns {Row}
   */
  const scoreRow = (metric, pick, target) => ({
    group,
    metric,
    app: scoreCell(app, runs, pick),
    yardstick: scoreCell(bare, runs, pick),
    ratio: '',
    target,
  });
  /**
   * @param {string} metric
   * @param {(sample: LighthouseSample) => number | null} pick
   * @param {string} target
   * @param {boolean} [divide] false where the yardstick sits at or near zero and a ratio is noise
   * @returns {Row}
   */
  const timingRow = (metric, pick, target, divide = true) => ({
    group,
    metric,
    app: timingCell(app, runs, pick),
    yardstick: timingCell(bare, runs, pick),
    ratio: divide ? formatRatio(medianOf(app, pick), medianOf(bare, pick)) : '',
    target,
  });
  /** @type {(sample: LighthouseSample) => number | null} */
  const lcp = (sample) => sample.lcp;
  return [
    scoreRow(
      'performance score',
      (sample) => sample.performance,
      scoreTarget(
        medianOf(app, (sample) => sample.performance),
        '>=',
        lighthouseTargets.performanceMin,
      ),
    ),
    scoreRow(
      'accessibility score',
      (sample) => sample.accessibility,
      scoreTarget(
        medianOf(app, (sample) => sample.accessibility),
        '=',
        lighthouseTargets.accessibility,
      ),
    ),
    scoreRow(
      'best-practices score',
      (sample) => sample.bestPractices,
      scoreTarget(
        medianOf(app, (sample) => sample.bestPractices),
        '=',
        lighthouseTargets.bestPractices,
      ),
    ),
    timingRow(
      'LCP (simulated)',
      lcp,
      formatRatioTarget(medianOf(app, lcp), medianOf(bare, lcp), lighthouseTargets.lcpMaxRatio),
    ),
    // The bare page blocks for next to nothing, so a ratio would swing on a few milliseconds.
    timingRow('TBT (simulated)', (sample) => sample.tbt, '', false),
  ];
}

/**
 * The app's audits that did not pass, each once, with how many runs it failed in.
 * @param {LighthouseSeries} series
 * @param {CategoryId} category
 */
function failedAudits(series, category) {
  /** @type {Map<string, { finding: Finding, runs: number }>} */
  const byId = new Map();
  for (const sample of series.samples) {
    for (const finding of sample.findings) {
      if (finding.category !== category) continue;
      const seen = byId.get(finding.id);
      if (seen) seen.runs += 1;
      else byId.set(finding.id, { finding, runs: 1 });
    }
  }
  return [...byId.values()].map(({ finding, runs }) => {
    const detail = finding.detail === '' ? '' : ` — ${finding.detail}`;
    // Performance opportunities never carry weight (the metrics do); elsewhere no weight is news.
    const weight = finding.scored || category === 'performance' ? '' : ', not scored';
    return `${finding.id} ("${finding.title}", ${runs}/${series.samples.length} runs${weight})${detail}`;
  });
}

/**
 * Notes for under the table: how Lighthouse ran, what it flagged on the app, what failed.
 * @param {LighthouseResults} results
 * @returns {string[]}
 */
export function lighthouseNotes(results) {
  const notes = [
    `${mark} ${results.about || 'Lighthouse, default (mobile) config'}. Median (and the worst run) over ` +
      `${results.runs} runs per page, app and bare page taking turns, a fresh browser profile for each. ` +
      'LCP and TBT are simulated from the trace, not observed. The browser\'s clock reads ' +
      `${LIGHTHOUSE_LOCAL_HOUR}:00-something local time (TZ set for it), so a first visit to Today shows its evening note. ` +
      'Targets for the app: performance >= ' +
      `${lighthouseTargets.performanceMin.toFixed(2)}, accessibility and best practices = 1.00, LCP at most ` +
      `${lighthouseTargets.lcpMaxRatio.toFixed(2)} x the bare page's.`,
  ];
  /** @type {[CategoryId, string][]} */
  const named = [
    ['accessibility', 'accessibility'],
    ['best-practices', 'best practices'],
    ['performance', 'performance opportunities and diagnostics'],
  ];
  for (const [category, label] of named) {
    const failed = failedAudits(results.app, category);
    if (failed.length > 0) notes.push(`${mark} App, ${label} not passed: ${failed.join('; ')}.`);
  }
  if (results.lcpElement !== '') notes.push(`${mark} App LCP element (first run): ${results.lcpElement}.`);
  for (const [category, label] of named.slice(0, 2)) {
    const failed = failedAudits(results.bare, category);
    if (failed.length > 0) notes.push(`${mark} Bare page, ${label} not passed (no target): ${failed.join('; ')}.`);
  }
  for (const [which, series] of /** @type {const} */ ([
    ['App', results.app],
    ['Bare page', results.bare],
  ])) {
    for (const failure of series.failures) notes.push(`${mark} ${which} Lighthouse ${failure}`);
  }
  for (const warning of results.warnings) notes.push(`${mark} Lighthouse warned (${warning})`);
  if (results.strays.length > 0) {
    notes.push(`${mark} Requests during Lighthouse runs that tried to leave localhost: ${results.strays.join(', ')}`);
  }
  return notes;
}

/**
 * The Lighthouse rows for the bench table. Pass `notes` to have what Lighthouse flagged (failed
 * audits, failed runs, stray requests) appended to it, and `strays` to share the harness's set.
 * @param {LighthouseOptions & { notes?: string[] }} options
 * @returns {Promise<Row[]>}
 */
export async function measureLighthouse({ notes, ...options }) {
  const results = await collectLighthouse(options);
  notes?.push(...lighthouseNotes(results));
  return lighthouseRows(results);
}
