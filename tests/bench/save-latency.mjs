// Today's save latency: from Enter in the win field to the new win in the "Today’s wins" list,
// with an empty database and with years of history, in the same run. The empty run is the
// yardstick: whatever the 100,000-win run costs beyond it is what history costs a save.
import { devices } from '@playwright/test';
import { isLocal } from './cold-start.mjs';
import { seedHistory } from './seed-history.mjs';
import { firstLine, pause } from './util.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').CDPSession} CDPSession */
/** @typedef {import('@playwright/test').Page} Page */

/**
 * @typedef {object} SaveSample
 * @property {number} listed ms from the Enter keydown to the win's element in the list (DOM)
 * @property {number} painted ms from the Enter keydown to the end of the next frame after that
 */

/**
 * @typedef {object} HeapReading
 * @property {number} usedBytes JSHeapUsedSize right after the saves, as the page left it
 * @property {number} afterGcBytes JSHeapUsedSize after a forced garbage collection: what stays
 */

/**
 * @typedef {object} SaveSeries
 * @property {number} storedWins wins in the database before the first save
 * @property {SaveSample[]} samples
 * @property {HeapReading | null} heap
 * @property {number | null} seedMs how long writing the history took, for the log only
 * @property {number | null} seededSchema the schema version the history's rows were built for
 * @property {string | null} failure
 */

/**
 * @typedef {object} SaveOptions
 * @property {number[]} sizes stored-win counts to measure, one fresh context each
 * @property {number} saves measured saves per size
 * @property {number} warmUps unmeasured saves per size first (JIT, first-render paths)
 * @property {Set<string>} strays
 * @property {(message: string) => void} log
 */

/**
 * @typedef {object} SaveProbe
 * @property {string | null} expected
 * @property {number | null} pressedAt
 * @property {number | null} listedAt
 * @property {(sample: SaveSample) => void} done
 * @property {Promise<SaveSample> | null} result the armed save's sample, once it has been shown
 */

const phone = devices['Pixel 7'];
if (!phone) throw new Error("Playwright no longer knows the 'Pixel 7' device.");

const WIN_FIELD_LABEL = 'Your win';
const PROBE_KEY = '__benchSaveProbe';
const STEP_TIMEOUT_MS = 30_000;
const SAVE_TIMEOUT_MS = 10_000;
// A person pauses between typing and Enter, and between one win and the next; without the pause
// the draft write that typing starts, or the previous save's trailing live-query re-runs, would
// land inside the measured save and measure the harness's haste instead.
const SETTLE_MS = 120;

/**
 * Runs in the page before the app. A capture listener on the document sees Enter before React's
 * own listener on the root does; a mutation observer sees the list change as React commits it.
 * Both report through one probe the harness arms before each save.
 * @param {{ key: string, label: string }} args
 */
function installProbe({ key, label }) {
  /** @type {SaveProbe} */
  const probe = { expected: null, pressedAt: null, listedAt: null, done: () => undefined, result: null };
  Object.defineProperty(window, key, { value: probe });

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || event.shiftKey || event.isComposing || probe.pressedAt !== null) return;
      const field = event.target;
      if (!(field instanceof HTMLTextAreaElement)) return;
      if (![...(field.labels ?? [])].some((element) => element.textContent.trim() === label)) return;
      probe.pressedAt = performance.now();
    },
    { capture: true },
  );

  const listed = () =>
    [...document.querySelectorAll('.today-list .win-text')].some((element) => element.textContent === probe.expected);

  new MutationObserver(() => {
    const pressedAt = probe.pressedAt;
    if (probe.expected === null || pressedAt === null || probe.listedAt !== null || !listed()) return;
    const listedAt = performance.now();
    probe.listedAt = listedAt;
    // rAF runs just before the frame that shows the change; a message posted from it runs after
    // that frame's paint, the nearest a page gets to "it was on screen".
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        probe.done({ listed: listedAt - pressedAt, painted: performance.now() - pressedAt });
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Waits for the Today screen to be usable: the win field has focus (autoFocus, so React has
 * committed) and the list has answered (its empty note or its items are showing).
 * @param {Page} page
 */
async function todayReady(page) {
  const field = page.getByLabel(WIN_FIELD_LABEL, { exact: true });
  await field.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  await page.waitForFunction(
    (label) => {
      const active = document.activeElement;
      const focused =
        active instanceof HTMLTextAreaElement &&
        [...(active.labels ?? [])].some((element) => element.textContent.trim() === label);
      return focused && document.querySelector('.today-list .empty, .today-list > ul') !== null;
    },
    WIN_FIELD_LABEL,
    { polling: 50, timeout: STEP_TIMEOUT_MS },
  );
  const title = (await page.locator('#today-list-title').textContent()) ?? '';
  if (title !== 'Today’s wins') throw new Error(`the list is titled "${title}", not "Today’s wins"`);
  return field;
}

/**
 * One stored-win count in its own fresh context, so the histories cannot meet.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} storedWins
 * @param {SaveOptions} options
 */
async function openSession(browser, url, storedWins, options) {
  // Service workers blocked: the row is about the app's own code, not the worker's fetch handling.
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  context.on('request', (request) => {
    if (!isLocal(request.url())) options.strays.add(request.url());
  });
  await context.addInitScript(installProbe, { key: PROBE_KEY, label: WIN_FIELD_LABEL });
  const page = await context.newPage();
  /** @type {SaveSeries} */
  const series = { storedWins, samples: [], heap: null, seedMs: null, seededSchema: null, failure: null };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    await todayReady(page);
    if (storedWins > 0) {
      const seeded = await seedHistory(page, storedWins);
      series.seedMs = seeded.ms;
      series.seededSchema = seeded.schemaVersion;
      options.log(`  ${storedWins} wins written, all in the jar, in ${(seeded.ms / 1000).toFixed(1)} s; reloading`);
      // The app must start with the history, as it would on a real phone, not learn of it mid-run.
      await page.reload({ waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    }
    const field = await todayReady(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { context, page, field, cdp, series };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** @typedef {Awaited<ReturnType<typeof openSession>>} Session */

/**
 * Types a win, lets the page settle, presses Enter and waits until it has been painted in the list.
 * @param {Session} session
 * @param {string} text
 * @returns {Promise<SaveSample>}
 */
async function saveOnce(session, text) {
  const { page, field } = session;
  await field.fill(text);
  await pause(SETTLE_MS);
  // Armed, and awaited, before the key goes down: a script call and an input event travel to
  // the page by different routes, so sending both at once would not promise their order.
  await page.evaluate(
    ({ key, expected, timeoutMs }) => {
      const probe = /** @type {SaveProbe} */ (Reflect.get(window, key));
      probe.expected = expected;
      probe.pressedAt = null;
      probe.listedAt = null;
      probe.result = new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const seen = probe.pressedAt === null ? 'Enter was never seen in the win field' : 'the win never appeared';
          reject(new Error(`${seen} within ${timeoutMs} ms`));
        }, timeoutMs);
        probe.done = (sample) => {
          clearTimeout(timer);
          resolve(sample);
        };
      });
      // Nothing waits on it until after the key press; a rejection then is still seen there.
      probe.result.catch(() => undefined);
    },
    { key: PROBE_KEY, expected: text, timeoutMs: SAVE_TIMEOUT_MS },
  );
  await field.press('Enter');
  const sample = await page.evaluate((key) => {
    const { result } = /** @type {SaveProbe} */ (Reflect.get(window, key));
    if (!result) throw new Error('the save probe was never armed');
    return result;
  }, PROBE_KEY);
  await pause(SETTLE_MS);
  return sample;
}

/**
 * @param {CDPSession} cdp
 * @returns {Promise<HeapReading>}
 */
async function readHeap(cdp) {
  const used = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  };
  const usedBytes = await used();
  await cdp.send('HeapProfiler.collectGarbage');
  return { usedBytes, afterGcBytes: await used() };
}

/**
 * Opens every size, then takes turns: one save at each size per round, so load from anything
 * else on the machine lands on both the history and its yardstick. No CPU throttling: the
 * target is stated for this machine's headless Chromium.
 * @param {Browser} browser
 * @param {string} url
 * @param {SaveOptions} options
 * @returns {Promise<Map<number, SaveSeries>>}
 */
export async function measureSaveLatency(browser, url, options) {
  /** @type {Map<number, SaveSeries>} */
  const results = new Map();
  /** @type {Session[]} */
  const sessions = [];
  try {
    for (const size of options.sizes) {
      try {
        const session = await openSession(browser, url, size, options);
        sessions.push(session);
        results.set(size, session.series);
      } catch (error) {
        const failure = firstLine(error);
        results.set(size, { storedWins: size, samples: [], heap: null, seedMs: null, seededSchema: null, failure });
        options.log(`  ${size} wins: could not start: ${firstLine(error)}`);
      }
    }

    let next = 1;
    for (let round = 0; round < options.warmUps + options.saves; round += 1) {
      const measured = round >= options.warmUps;
      for (const session of sessions) {
        if (session.series.failure) continue;
        try {
          const sample = await saveOnce(session, `Bench win ${next}`);
          if (measured) session.series.samples.push(sample);
        } catch (error) {
          session.series.failure = firstLine(error);
          options.log(`  ${session.series.storedWins} wins: save ${round + 1} failed: ${firstLine(error)}`);
        }
        next += 1;
      }
      if (measured && (round + 1 - options.warmUps) % 10 === 0) {
        options.log(`  ${round + 1 - options.warmUps}/${options.saves} saves at each size`);
      }
    }

    for (const session of sessions) {
      if (session.series.failure) continue;
      try {
        session.series.heap = await readHeap(session.cdp);
      } catch (error) {
        options.log(`  ${session.series.storedWins} wins: heap not read: ${firstLine(error)}`);
      }
    }
  } finally {
    for (const session of sessions) await session.context.close();
  }
  return results;
}
