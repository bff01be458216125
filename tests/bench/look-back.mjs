// Looking back with years of history: how soon the timeline shows its first win (after a fresh
// load, and after a tap on the "Look back" tab in an open app), how soon each keystroke in
// "Search your wins" is answered on screen, how long scrolling takes to reach the first win ever,
// and what the page holds in memory along the way. The naive yardstick, every row read and
// filtered in JavaScript, runs in the same page on the same database.
import { callBench, installBenchApi } from './seed-history.mjs';
import { firstLine, pause, readHeap } from './util.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./history-context.mjs').HistoryContext} HistoryContext */
/** @typedef {import('./util.mjs').HeapReading} HeapReading */
/** @typedef {import('./in-page/look-back.ts').ExpectedSearch} ExpectedSearch */
/** @typedef {import('./in-page/look-back.ts').IndexHits} IndexHits */
/** @typedef {import('./in-page/look-back.ts').NaiveSearch} NaiveSearch */

/**
 * @typedef {object} RowSample
 * @property {number} shown ms from the origin (navigation start, or the tap) to the first win row in the timeline (DOM)
 * @property {number} painted ms from the origin to the end of the next frame after that
 * @property {number} top the row's top edge, px from the top of the viewport
 * @property {number} viewport the viewport's height, px
 * @property {number} paintedAt performance.now() in the page at the end of that frame
 */

/**
 * @typedef {object} KeystrokeSample
 * @property {string} value the field's value after the key
 * @property {number} shown ms from the input event to the results showing this value's answer (DOM)
 * @property {number} painted ms from the input event to the end of the next frame after that
 * @property {number} dataMs the app's searchWins for this value on its own, in the same page
 */

/**
 * @typedef {object} ScrollResult
 * @property {boolean} over true when the cap ran out before the first win was on screen
 * @property {number} ms from the first row's frame to the end line on screen (or to the cap)
 * @property {number} scrolls how many times the window was scrolled to the bottom
 * @property {number} rows rows (day headings and wins) the list had loaded by the end
 * @property {boolean | null} endsOnOldest whether the last win shown is the app's own oldestWin
 */

/**
 * @typedef {object} LookBackHeap
 * @property {HeapReading | null} firstPaint after the timeline's first paint (fresh load)
 * @property {HeapReading | null} searches after the typed searches
 * @property {HeapReading | null} naive after the naive yardstick, its rows still held
 * @property {HeapReading | null} scrolled after scrolling to the oldest win
 */

/**
 * @typedef {object} LookBackSeries
 * @property {number} storedWins
 * @property {RowSample[]} load fresh loads of /look-back, from navigation start
 * @property {RowSample[]} tap first tap on "Look back" after opening the app at Today
 * @property {RowSample[]} retap a second tap, after going back to Today
 * @property {KeystrokeSample[]} keystrokes
 * @property {{ value: string, why: string }[]} untimed keystrokes that change nothing on screen
 * @property {ExpectedSearch[]} dataLayer searchWins per typed value, in the page
 * @property {IndexHits[]} indexHits the search index's reach for each longest typed word
 * @property {{ ms: number, rows: number } | null} timelinePage listTimelinePage's first page, in the page
 * @property {NaiveSearch[]} naive
 * @property {{ query: string, naive: number, app: number }[]} disagreements queries where the yardstick and the app differ in the first results
 * @property {ScrollResult | null} scroll
 * @property {LookBackHeap} heap
 * @property {string | null} failure
 */

/**
 * @typedef {object} LookBackOptions
 * @property {number} loads measured fresh loads and taps per size (after one warm-up load)
 * @property {string[]} queries typed a letter at a time
 * @property {number} scrollCapMs
 * @property {(message: string) => void} log
 */

/**
 * @typedef {object} RowWatch
 * @property {number | null} since the origin: 0 for a page load, the click's time for a tap
 * @property {number | null} shownAt
 * @property {(sample: RowSample) => void} done
 * @property {Promise<RowSample>} result
 */

/**
 * @typedef {object} SearchWatch
 * @property {boolean} armed
 * @property {string} value
 * @property {string} heading
 * @property {string[]} texts
 * @property {number | null} inputAt
 * @property {number | null} shownAt
 * @property {(sample: { shown: number, painted: number }) => void} done
 * @property {Promise<{ shown: number, painted: number }> | null} result
 */

/**
 * @typedef {object} LookBackProbe
 * @property {RowWatch} row
 * @property {SearchWatch} search
 * @property {() => void} armTap
 */

const PROBE_KEY = '__benchLookBackProbe';
const TAB_LABEL = 'Look back';
const TIMELINE_TITLE = 'Every win, newest first';
const SEARCH_LABEL = 'Search your wins';
const END_LINE = 'That is where it all began: your first win.';
// The results screen's page size (PAGE in src/features/look-back/search-results.tsx): it asks
// searchWins for this many, and its heading says "50+" when there may be more.
const RESULTS_PAGE = 50;
// The timeline's page size (PAGE in src/features/look-back/timeline.tsx), for the in-page timing.
const TIMELINE_PAGE = 120;
const STEP_TIMEOUT_MS = 30_000;
const KEY_TIMEOUT_MS = 15_000;
const CALL_TIMEOUT_MS = 60_000;
// A person pauses between keys now and then; each key is timed alone, after the last has settled.
const KEY_SETTLE_MS = 150;
// After a page opens, the screen's other queries (week, calendar) finish before anything is timed.
const OPEN_SETTLE_MS = 500;

/**
 * Runs in the page before the app. A mutation observer notes the first win row in the timeline
 * (after a load, from navigation start; after an armed tap, from the click, seen in the capture
 * phase before React's listener), and the moment the search results show what was expected for
 * the value just typed (from the input event, also seen in the capture phase).
 * @param {{ key: string, tab: string, title: string }} args
 */
function installLookBackProbe({ key, tab, title }) {
  /** @param {number | null} since */
  const watch = (since) => {
    /** @type {(sample: RowSample) => void} */
    let done = () => undefined;
    /** @type {Promise<RowSample>} */
    const result = new Promise((resolve) => {
      done = resolve;
    });
    return { since, shownAt: null, done, result };
  };
  /** @type {LookBackProbe} */
  const probe = {
    // A page load is timed from navigation start, which is 0 on the page's clock.
    row: watch(0),
    search: {
      armed: false,
      value: '',
      heading: '',
      texts: [],
      inputAt: null,
      shownAt: null,
      done: () => undefined,
      result: null,
    },
    armTap: () => {
      probe.row = watch(null);
    },
  };
  Object.defineProperty(window, key, { value: probe });

  /** @param {(paintedAt: number) => void} callback */
  const afterNextFrame = (callback) => {
    // rAF runs just before the frame that shows the change; a message posted from it runs after
    // that frame's paint, the nearest a page gets to "it was on screen".
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        callback(performance.now());
      };
      channel.port2.postMessage(null);
    });
  };

  document.addEventListener(
    'click',
    (event) => {
      if (probe.row.since !== null) return;
      const link = event.target instanceof Element ? event.target.closest('nav a') : null;
      if (link?.textContent.trim() === tab) probe.row.since = performance.now();
    },
    { capture: true },
  );

  document.addEventListener(
    'input',
    (event) => {
      const search = probe.search;
      const field = event.target;
      if (!search.armed || search.inputAt !== null || !(field instanceof HTMLInputElement)) return;
      if (field.type === 'search' && field.value === search.value) search.inputAt = performance.now();
    },
    { capture: true },
  );

  const firstWinRow = () => {
    const heading = document.getElementById('timeline-title');
    if (heading?.textContent !== title) return null;
    return heading.closest('section')?.querySelector('.timeline-row .win-text') ?? null;
  };

  const showsExpected = () => {
    const { heading, texts } = probe.search;
    if (document.getElementById('results-title')?.textContent !== heading) return false;
    const shown = document.querySelectorAll('.search-results .win-text');
    if (shown.length !== texts.length) return false;
    return [...shown].every((element, index) => element.textContent === texts[index]);
  };

  new MutationObserver(() => {
    const row = probe.row;
    const since = row.since;
    if (since !== null && row.shownAt === null) {
      const element = firstWinRow();
      if (element) {
        const shownAt = performance.now();
        row.shownAt = shownAt;
        const top = element.getBoundingClientRect().top;
        afterNextFrame((paintedAt) =>
          row.done({ shown: shownAt - since, painted: paintedAt - since, top, viewport: innerHeight, paintedAt }),
        );
      }
    }
    const search = probe.search;
    const inputAt = search.inputAt;
    if (search.armed && inputAt !== null && search.shownAt === null && showsExpected()) {
      const shownAt = performance.now();
      search.shownAt = shownAt;
      afterNextFrame((paintedAt) => search.done({ shown: shownAt - inputAt, painted: paintedAt - inputAt }));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * What the results heading says for an answer (mirrors src/features/look-back/search-results.tsx;
 * if the two drift apart, every keystroke times out and the row says so, rather than timing
 * something else).
 * @param {ExpectedSearch} expected
 */
function headingFor({ texts, total }) {
  const count = total === null ? (texts.length < RESULTS_PAGE ? String(texts.length) : `${RESULTS_PAGE}+`) : String(total);
  if (texts.length === 0) return 'No wins match yet';
  return count === '1' ? 'One win matches' : `${count} wins match`;
}

/**
 * Waits for the probe's row watch to resolve.
 * @param {Page} page
 * @returns {Promise<RowSample>}
 */
async function firstRow(page) {
  return page.evaluate(
    ({ key, timeoutMs }) => {
      const probe = /** @type {LookBackProbe} */ (Reflect.get(window, key));
      const timeout = new Promise((_resolve, reject) =>
        setTimeout(() => reject(new Error(`no win row in the timeline within ${timeoutMs} ms`)), timeoutMs),
      );
      return /** @type {Promise<RowSample>} */ (Promise.race([probe.row.result, timeout]));
    },
    { key: PROBE_KEY, timeoutMs: STEP_TIMEOUT_MS },
  );
}

/**
 * A fresh load of /look-back, timed from navigation start to the first win row.
 * @param {Page} page
 * @param {string} url
 */
async function loadOnce(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
  return firstRow(page);
}

/**
 * The Today screen has answered: its list shows its empty note or its items.
 * @param {Page} page
 */
async function todayReady(page) {
  await page.waitForSelector('.today-list .empty, .today-list > ul', { timeout: STEP_TIMEOUT_MS });
  await pause(OPEN_SETTLE_MS);
}

/**
 * Taps the "Look back" tab and waits for the first win row, timed from the click.
 * @param {Page} page
 */
async function tapOnce(page) {
  // Armed, and awaited, before the click: a script call and an input event travel to the page by
  // different routes, so sending both at once would not promise their order.
  await page.evaluate((key) => /** @type {LookBackProbe} */ (Reflect.get(window, key)).armTap(), PROBE_KEY);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: TAB_LABEL, exact: true }).click();
  return firstRow(page);
}

/**
 * Types one character and waits until the results show the answer expected for the new value.
 * @param {Page} page
 * @param {string} character
 * @param {string} value the field's value once the character is in
 * @param {ExpectedSearch} expected
 * @returns {Promise<{ shown: number, painted: number }>}
 */
async function keystroke(page, character, value, expected) {
  await page.evaluate(
    ({ key, value, heading, texts, timeoutMs }) => {
      const search = /** @type {LookBackProbe} */ (Reflect.get(window, key)).search;
      Object.assign(search, { armed: true, value, heading, texts, inputAt: null, shownAt: null });
      search.result = new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          search.armed = false;
          const seen = search.inputAt === null ? 'the input event never came' : `"${heading}" and its results never showed`;
          reject(new Error(`typing "${value}": ${seen} within ${timeoutMs} ms`));
        }, timeoutMs);
        search.done = (sample) => {
          clearTimeout(timer);
          search.armed = false;
          resolve(sample);
        };
      });
      // Nothing waits on it until after the key; a rejection then is still seen there.
      search.result.catch(() => undefined);
    },
    { key: PROBE_KEY, value, heading: headingFor(expected), texts: expected.texts, timeoutMs: KEY_TIMEOUT_MS },
  );
  await page.keyboard.type(character);
  return page.evaluate((key) => {
    const { result } = /** @type {LookBackProbe} */ (Reflect.get(window, key)).search;
    if (!result) throw new Error('the search probe was never armed');
    return result;
  }, PROBE_KEY);
}

/**
 * Scrolls the window to the bottom again and again, a frame apart, so the timeline loads page
 * after page, until its closing line is on screen or the cap runs out. Timed in the page from
 * the frame that showed the first row.
 * @param {Page} page
 * @param {number} since performance.now() of that frame, in the page
 * @param {number} capMs
 * @returns {Promise<Omit<ScrollResult, 'endsOnOldest'> & { lastText: string | null }>}
 */
async function scrollToOldest(page, since, capMs) {
  return page.evaluate(
    async ({ since, capMs, endLine }) => {
      const onScreen = () => {
        const end = document.querySelector('.timeline-end');
        if (end?.textContent !== endLine) return false;
        const box = end.getBoundingClientRect();
        return box.top < innerHeight && box.bottom > 0;
      };
      const loadedRows = () => {
        const rows = [...document.querySelectorAll('.timeline-row')];
        return rows.reduce((most, row) => Math.max(most, Number(/** @type {HTMLElement} */ (row).dataset.index ?? 0) + 1), 0);
      };
      let scrolls = 0;
      while (!onScreen()) {
        if (performance.now() - since > capMs) {
          return { over: true, ms: performance.now() - since, scrolls, rows: loadedRows(), lastText: null };
        }
        window.scrollTo(0, document.documentElement.scrollHeight);
        scrolls += 1;
        // One frame for the virtualizer to see the scroll and ask for the next page, then a task
        // so the page's own work gets its turn.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      const ms = performance.now() - since;
      const wins = document.querySelectorAll('.timeline .timeline-row .win-text');
      return { over: false, ms, scrolls, rows: loadedRows(), lastText: wins[wins.length - 1]?.textContent ?? null };
    },
    { since, capMs, endLine: END_LINE },
  );
}

/**
 * One history size, in the context that holds it (written once, see history-context.mjs).
 * @param {HistoryContext} history
 * @param {LookBackOptions} options
 * @returns {Promise<LookBackSeries>}
 */
export async function measureLookBack(history, options) {
  const { context, page, cdp, size } = history;
  /** @type {LookBackSeries} */
  const series = {
    storedWins: size,
    load: [],
    tap: [],
    retap: [],
    keystrokes: [],
    untimed: [],
    dataLayer: [],
    indexHits: [],
    timelinePage: null,
    naive: [],
    disagreements: [],
    scroll: null,
    heap: { firstPaint: null, searches: null, naive: null, scrolled: null },
    failure: null,
  };
  const label = size.toLocaleString('en');
  const lookBackUrl = new URL('look-back', history.url).href;
  /**
   * @template {keyof import('./seed-history.mjs').BenchApi} M
   * @param {M} method
   * @param {...unknown} args
   */
  const call = (method, ...args) => callBench(page, method, args, CALL_TIMEOUT_MS);
  let step = 'starting';
  try {
    await context.addInitScript(installLookBackProbe, { key: PROBE_KEY, tab: TAB_LABEL, title: TIMELINE_TITLE });

    step = 'fresh loads';
    // One untimed load first, so the first timed one does not pay for cold caches.
    await loadOnce(page, lookBackUrl);
    for (let run = 0; run < options.loads; run += 1) series.load.push(await loadOnce(page, lookBackUrl));
    await pause(OPEN_SETTLE_MS);
    series.heap.firstPaint = await readHeap(cdp);

    step = 'taps';
    for (let run = 0; run < options.loads; run += 1) {
      await page.goto(history.url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
      await todayReady(page);
      series.tap.push(await tapOnce(page));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }).click();
      await todayReady(page);
      series.retap.push(await tapOnce(page));
    }
    options.log(`  ${label} wins: ${options.loads} loads and ${options.loads} taps timed`);

    step = 'searches';
    await loadOnce(page, lookBackUrl);
    await pause(OPEN_SETTLE_MS);
    await installBenchApi(page);
    await call('openDatabase');
    series.timelinePage = await call('timeTimelinePage', TIMELINE_PAGE);
    const values = options.queries.flatMap((query) => [...query].map((_character, index) => query.slice(0, index + 1)));
    const expected = await call('expectSearches', values, RESULTS_PAGE);
    series.dataLayer = expected;
    const longest = [...new Set(expected.map(({ query }) => query.trim().split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? ''))];
    for (const prefix of longest) series.indexHits.push(await call('timeIndexHits', prefix.toLowerCase()));

    const field = page.getByRole('searchbox', { name: SEARCH_LABEL, exact: true });
    let index = 0;
    for (const query of options.queries) {
      await field.click();
      /** @type {ExpectedSearch | null} */
      let before = null;
      for (const character of query) {
        const answer = expected[index];
        index += 1;
        if (!answer) throw new Error('fewer expected answers than keys');
        // A key that leaves the answer as it was (a space, or a letter that only narrows a
        // word no other word shares) changes nothing on screen: there is no moment to time.
        const unchanged =
          before !== null && headingFor(before) === headingFor(answer) && before.texts.join('\n') === answer.texts.join('\n');
        if (unchanged) {
          series.untimed.push({ value: answer.query, why: 'shows the same as the key before' });
          await page.keyboard.type(character);
          await pause(Math.max(KEY_SETTLE_MS, 3 * answer.ms));
        } else {
          const sample = await keystroke(page, character, answer.query, answer);
          series.keystrokes.push({ value: answer.query, ...sample, dataMs: answer.ms });
          await pause(KEY_SETTLE_MS);
        }
        before = answer;
      }
      const inAddress = new URL(page.url()).searchParams.get('q');
      if (inAddress !== query) throw new Error(`after typing "${query}" the address holds q=${String(inAddress)}`);
      if (query !== options.queries.at(-1)) {
        // Back to the timeline, as someone clearing the box would, before the next query.
        await field.fill('');
        await page.waitForSelector('.timeline .timeline-row .win-text', { timeout: STEP_TIMEOUT_MS });
        await pause(OPEN_SETTLE_MS);
      }
    }
    await pause(OPEN_SETTLE_MS);
    series.heap.searches = await readHeap(cdp);
    options.log(`  ${label} wins: ${series.keystrokes.length} keystrokes timed, ${series.untimed.length} changed nothing`);

    step = 'naive yardstick';
    for (const query of options.queries) {
      const naive = await call('timeNaiveSearch', query, RESULTS_PAGE);
      series.naive.push(naive);
      const app = await call('searchIds', query, RESULTS_PAGE);
      if (app.join() !== naive.firstIds.join()) {
        series.disagreements.push({ query, naive: naive.firstIds.length, app: app.length });
      }
    }
    series.heap.naive = await readHeap(cdp);
    await call('releaseNaive');

    step = 'scroll to the oldest';
    const oldest = await call('oldestText');
    const shown = await loadOnce(page, lookBackUrl);
    const scrolled = await scrollToOldest(page, shown.paintedAt, options.scrollCapMs);
    const { lastText, ...scroll } = scrolled;
    series.scroll = { ...scroll, endsOnOldest: scroll.over ? null : lastText === oldest };
    await pause(OPEN_SETTLE_MS);
    series.heap.scrolled = await readHeap(cdp);
    const took = scroll.over ? `over ${options.scrollCapMs / 1000} s` : `${(scroll.ms / 1000).toFixed(1)} s`;
    options.log(`  ${label} wins: scrolled to the oldest in ${took} (${scroll.rows.toLocaleString('en')} rows)`);
  } catch (error) {
    series.failure = `${step}: ${firstLine(error)}`;
    options.log(`  ${label} wins: Look back stopped at ${series.failure}`);
  }
  return series;
}
