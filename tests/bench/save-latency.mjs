// Today's save latency: from Enter in the win field to the new win in the "Today’s wins" list,
// with an empty database and with years of history, in the same run. The empty run is the
// yardstick: whatever the 100,000-win run costs beyond it is what history costs a save.
import { firstLine, pause, readHeap } from './util.mjs';

/** @typedef {import('@playwright/test').CDPSession} CDPSession */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./history-context.mjs').HistoryContext} HistoryContext */
/** @typedef {import('./util.mjs').HeapReading} HeapReading */

/**
 * @typedef {object} SaveSample
 * @property {number} listed ms from the Enter keydown to the win's element in the list (DOM)
 * @property {number} painted ms from the Enter keydown to the end of the next frame after that
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
 * @property {number} saves measured saves per size
 * @property {number} warmUps unmeasured saves per size first (JIT, first-render paths)
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
 * One stored-win count, in the context that holds that history (written once, see
 * history-context.mjs). The probe is added to the context and the Today screen opened afresh,
 * so the app starts with the history, as it would on a real phone.
 * @param {HistoryContext} history
 */
async function openSession(history) {
  const { context, page, cdp, size, seeded } = history;
  await context.addInitScript(installProbe, { key: PROBE_KEY, label: WIN_FIELD_LABEL });
  /** @type {SaveSeries} */
  const series = {
    storedWins: size,
    samples: [],
    heap: null,
    seedMs: seeded?.ms ?? null,
    seededSchema: seeded?.schemaVersion ?? null,
    failure: null,
  };
  await page.goto(history.url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
  const field = await todayReady(page);
  return { page, field, cdp, series };
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
 * Opens every size, then takes turns: one save at each size per round, so load from anything
 * else on the machine lands on both the history and its yardstick. No CPU throttling: the
 * target is stated for this machine's headless Chromium. The contexts belong to the caller.
 * @param {HistoryContext[]} histories
 * @param {SaveOptions} options
 * @returns {Promise<Map<number, SaveSeries>>}
 */
export async function measureSaveLatency(histories, options) {
  /** @type {Map<number, SaveSeries>} */
  const results = new Map();
  /** @type {Session[]} */
  const sessions = [];
  for (const history of histories) {
    const size = history.size;
    try {
      const session = await openSession(history);
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
  return results;
}
