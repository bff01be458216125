// The Win Jar's pull with 1,000 to 100,000 wins in the jar, three ways in the same page, taking
// turns: a tap on "Pull another" until the slip is on the card (what the person waits for), the
// app's own pullFromJar on its own (the data layer the issue holds to O(log n)), and Dexie's
// offset(random).first() over the wins (the walk the issue measures against).
import { callBench, installBenchApi } from './seed-history.mjs';
import { firstLine, pause } from './util.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./history-context.mjs').HistoryContext} HistoryContext */
/** @typedef {import('./in-page/jar-pull.ts').BagCheck} BagCheck */

/**
 * @typedef {object} TapSample
 * @property {number} shown ms from the click to the new slip's text in the pulled card (DOM)
 * @property {number} painted ms from the click to the end of the next frame after that
 */

/**
 * @typedef {object} PullSeries
 * @property {number} storedWins wins (all in the jar) before the first pull
 * @property {number[]} pull ms per pullFromJar call, measured in the page
 * @property {TapSample[]} tap
 * @property {number[]} offset ms per offset(random).first(), measured in the page
 * @property {number | null} seedMs
 * @property {number | null} seededSchema
 * @property {BagCheck | null} bagBefore the bag's state before the first pull
 * @property {BagCheck | null} bagAfter the bag's state once the pulls are done
 * @property {string | null} failure
 */

/**
 * @typedef {object} PullOptions
 * @property {number} pulls measured rounds per size
 * @property {number} warmUps unmeasured rounds per size first (JIT, first-render paths, caches)
 * @property {(message: string) => void} log
 */

/**
 * @typedef {object} TapProbe
 * @property {string | null} previous the card's text before the tap; the next pull's differs
 * @property {boolean} armed
 * @property {number | null} clickedAt
 * @property {number | null} shownAt
 * @property {(sample: TapSample) => void} done
 * @property {Promise<TapSample> | null} result
 */

const PROBE_KEY = '__benchTapProbe';
const PULL_LABELS = ['Pull a win', 'Pull another'];
const STEP_TIMEOUT_MS = 30_000;
const PULL_TIMEOUT_MS = 10_000;
// The offset walk at 100,000 wins takes tens of milliseconds; a stuck one should stop the size,
// not the run.
const CALL_TIMEOUT_MS = 30_000;
// Each pull wakes the app's live queries (the jar's count); they finish before the next method
// starts, so no method is timed while another's aftermath is still running.
const SETTLE_MS = 50;
// The Jar screen's first render asks for the jar's tags and count; let that finish before timing.
const MOUNT_SETTLE_MS = 500;

/**
 * Runs in the page before the app. A capture listener on the document sees the click before
 * React's root listener does; a mutation observer sees the card's text change as React commits.
 * @param {{ key: string, labels: string[] }} args
 */
function installTapProbe({ key, labels }) {
  /** @type {TapProbe} */
  const probe = { previous: null, armed: false, clickedAt: null, shownAt: null, done: () => undefined, result: null };
  Object.defineProperty(window, key, { value: probe });

  document.addEventListener(
    'click',
    (event) => {
      if (!probe.armed || probe.clickedAt !== null) return;
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button && labels.includes(button.textContent.trim())) probe.clickedAt = performance.now();
    },
    { capture: true },
  );

  new MutationObserver(() => {
    const clickedAt = probe.clickedAt;
    if (!probe.armed || clickedAt === null || probe.shownAt !== null) return;
    const text = document.querySelector('.pulled .pulled-text')?.textContent ?? '';
    // Every seeded slip's text is unique and the bag never gives the same slip twice running,
    // so a different text is the new pull, never a re-render of the old one.
    if (text === '' || text === probe.previous) return;
    const shownAt = performance.now();
    probe.shownAt = shownAt;
    // rAF runs just before the frame that shows the change; a message posted from it runs after
    // that frame's paint, the nearest a page gets to "it was on screen".
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        probe.done({ shown: shownAt - clickedAt, painted: performance.now() - clickedAt });
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * The Jar screen has answered: its count is showing (so the app's database is open) and, when
 * the jar is not empty, "Pull a win" can be pressed.
 * @param {Page} page
 * @param {boolean} empty
 */
async function jarReady(page, empty) {
  const count = page.locator('.jar-count');
  await count.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const text = (await count.textContent()) ?? '';
  if (empty !== text.includes('empty')) throw new Error(`the jar says "${text}"`);
  if (!empty) {
    await page.getByRole('button', { name: 'Pull a win', exact: true }).waitFor({ timeout: STEP_TIMEOUT_MS });
  }
  await pause(MOUNT_SETTLE_MS);
}

/**
 * Calls the in-page bundle's API (tests/bench/in-page/index.ts) and waits for its answer.
 * @template {'openDatabase' | 'timePull' | 'timeOffsetPick' | 'checkBag'} M
 * @param {Page} page
 * @param {M} method
 * @param {number} [arg]
 */
async function callApi(page, method, arg = 0) {
  return callBench(page, method, [arg], CALL_TIMEOUT_MS);
}

/**
 * Taps a pull button and waits until the new slip's text is on the card.
 * @param {Page} page
 * @returns {Promise<TapSample>}
 */
async function tapOnce(page) {
  // Armed, and awaited, before the click: a script call and an input event travel to the page by
  // different routes, so sending both at once would not promise their order.
  const label = await page.evaluate(
    ({ key, labels, timeoutMs }) => {
      const probe = /** @type {TapProbe} */ (Reflect.get(window, key));
      probe.previous = document.querySelector('.pulled .pulled-text')?.textContent ?? null;
      probe.clickedAt = null;
      probe.shownAt = null;
      probe.armed = true;
      probe.result = new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          probe.armed = false;
          const seen = probe.clickedAt === null ? 'the click never reached the page' : 'no new slip appeared';
          reject(new Error(`${seen} within ${timeoutMs} ms`));
        }, timeoutMs);
        probe.done = (sample) => {
          clearTimeout(timer);
          probe.armed = false;
          resolve(sample);
        };
      });
      // Nothing waits on it until after the click; a rejection then is still seen there.
      probe.result.catch(() => undefined);
      // The card's own button once a slip is showing, as someone pulling one after another would.
      return probe.previous === null ? labels[0] : labels[1];
    },
    { key: PROBE_KEY, labels: PULL_LABELS, timeoutMs: PULL_TIMEOUT_MS },
  );
  await page.getByRole('button', { name: label ?? 'Pull a win', exact: true }).click();
  return page.evaluate((key) => {
    const { result } = /** @type {TapProbe} */ (Reflect.get(window, key));
    if (!result) throw new Error('the tap probe was never armed');
    return result;
  }, PROBE_KEY);
}

/**
 * What the bag must hold after `draws` pulls from `before`: down by one a pull, and when a round
 * runs out the next starts from full (size) again.
 * @param {BagCheck} before
 * @param {number} draws
 */
function undrawnAfter(before, draws) {
  if (draws <= before.undrawn) return before.undrawn - draws;
  return (before.size - ((draws - before.undrawn) % before.size)) % before.size;
}

/**
 * One size, in the context that holds its history (written once, see history-context.mjs): the
 * Jar screen opened afresh with reduced motion, then rounds in which the three methods take
 * turns, their order rotating so none always runs first.
 * @param {HistoryContext} history
 * @param {PullOptions} options
 * @returns {Promise<PullSeries>}
 */
export async function measureJarPull(history, options) {
  const { context, page, size: storedWins, seeded } = history;
  /** @type {PullSeries} */
  const series = {
    storedWins,
    pull: [],
    tap: [],
    offset: [],
    seedMs: seeded?.ms ?? null,
    seededSchema: seeded?.schemaVersion ?? null,
    bagBefore: null,
    bagAfter: null,
    failure: null,
  };
  const label = storedWins.toLocaleString('en');
  const started = Date.now();
  try {
    // Reduced motion: the card's 500 ms rise would otherwise hold every next tap until it settled
    // (Playwright waits for a still button), a third of the run, while the timed span, click to
    // text in the DOM, ends before any animation starts. Per page, and undone below, so the rows
    // that share this context see the app as it normally runs.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await context.addInitScript(installTapProbe, { key: PROBE_KEY, labels: PULL_LABELS });
    await page.goto(new URL('jar', history.url).href, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    await jarReady(page, false);
    await installBenchApi(page);
    await callApi(page, 'openDatabase');
    const before = await callApi(page, 'checkBag');
    series.bagBefore = before;
    if (before.wins !== storedWins || before.size !== storedWins || before.jarRows !== storedWins) {
      throw new Error(`expected ${storedWins} wins all in the jar, found ${JSON.stringify(before)}`);
    }

    const methods = [
      {
        name: 'tap',
        run: async (/** @type {boolean} */ measured) => {
          const sample = await tapOnce(page);
          if (measured) series.tap.push(sample);
        },
      },
      {
        name: 'pull',
        run: async (/** @type {boolean} */ measured) => {
          const { ms, id } = await callApi(page, 'timePull');
          // Within one round of the bag no slip comes out twice; later rounds may repeat.
          if (draws < before.undrawn && pulledIds.has(id)) throw new Error(`pullFromJar gave ${id} twice`);
          pulledIds.add(id);
          if (measured) series.pull.push(ms);
        },
      },
      {
        name: 'offset',
        run: async (/** @type {boolean} */ measured) => {
          const ms = await callApi(page, 'timeOffsetPick', before.wins);
          if (measured) series.offset.push(ms);
        },
      },
    ];
    /** @type {Set<string>} */
    const pulledIds = new Set();
    // Every tap and every pullFromJar call draws one slip.
    let draws = 0;
    const rounds = options.warmUps + options.pulls;
    for (let round = 0; round < rounds; round += 1) {
      for (let turn = 0; turn < methods.length; turn += 1) {
        const method = methods[(round + turn) % methods.length];
        if (!method) continue;
        try {
          await method.run(round >= options.warmUps);
          if (method.name !== 'offset') draws += 1;
        } catch (error) {
          throw new Error(`${method.name} in round ${round + 1}: ${firstLine(error)}`, { cause: error });
        }
        await pause(SETTLE_MS);
      }
    }

    // The bag must be down by exactly the draws made: a tap that pulled twice, or not at all,
    // would show here. A round of the bag that ran out starts again from full.
    const bag = await callApi(page, 'checkBag');
    series.bagAfter = bag;
    const expected = undrawnAfter(before, draws);
    const sizes = [bag.wins, bag.size, bag.jarRows];
    if (sizes.some((size) => size !== storedWins) || bag.undrawn !== expected) {
      throw new Error(`after ${draws} pulls the jar holds ${JSON.stringify(bag)}; expected ${expected} undrawn`);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    options.log(`  ${label} wins: ${options.warmUps} + ${options.pulls} rounds done in ${seconds} s`);
  } catch (error) {
    series.failure = firstLine(error);
    options.log(`  ${label} wins: stopped: ${series.failure}`);
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
  return series;
}
