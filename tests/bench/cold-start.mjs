// Cold-start timings in a phone-sized headless Chromium. Every scenario returns the same Sample,
// so a new scenario (another route, a second device) is one more function and one more row.
import { chromium, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */

/**
 * @typedef {object} Sample
 * @property {number} fcp first contentful paint, ms after navigation start
 * @property {number} ready the win field could take typing, ms after navigation start
 */

/**
 * @typedef {object} MeasureOptions
 * @property {number} cpuSlowdown
 * @property {Set<string>} strays requests that tried to leave localhost
 */

export const WIN_FIELD_MARK = 'bench:win-field-ready';
const STEP_TIMEOUT_MS = 30_000;
const SERVICE_WORKER_TIMEOUT_MS = 15_000;

const phone = devices['Pixel 7'];
if (!phone) throw new Error("Playwright no longer knows the 'Pixel 7' device.");

/** Thrown when a scenario cannot work at all (no service worker), as opposed to a flaky run. */
export class ScenarioUnavailable extends Error {}

/**
 * Runs inside each page before its own scripts. It marks the first moment a textarea someone
 * could type into exists: a mutation observer catches the moment React inserts it, and a frame
 * poller catches it becoming visible later (a stylesheet arriving) without a DOM mutation.
 * The same script runs on the app and the bare page so neither pays a cost the other does not.
 * @param {string} markName
 */
function watchWinField(markName) {
  let done = false;
  const usable = () => {
    const field = document.querySelector('textarea');
    return (
      field !== null &&
      field.isConnected &&
      !field.disabled &&
      !field.readOnly &&
      field.tabIndex >= 0 &&
      field.checkVisibility({ visibilityProperty: true, opacityProperty: true })
    );
  };
  const check = () => {
    if (done || !usable()) return;
    done = true;
    performance.mark(markName);
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const poll = () => {
    check();
    if (!done) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    // Belt and braces on top of chromiumArgs: no host name but localhost resolves, so nothing the
    // pages or the browser try can reach the network and make timings depend on it.
    args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'],
  });
}

/** @param {string} url */
export function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) return true;
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/**
 * A fresh context is a fresh profile: empty HTTP cache, no service worker, no IndexedDB.
 * @param {Browser} browser
 * @param {MeasureOptions} options
 */
async function phoneContext(browser, options) {
  const context = await browser.newContext({ ...phone, serviceWorkers: 'allow' });
  context.on('request', (request) => {
    if (!isLocal(request.url())) options.strays.add(request.url());
  });
  await context.addInitScript(watchWinField, WIN_FIELD_MARK);
  return context;
}

/**
 * Throttling is per page and must be on before navigation starts, or the parse of the entry
 * chunk, which is what we most want to slow down, would run at full desktop speed.
 * @param {BrowserContext} context
 * @param {MeasureOptions} options
 */
async function throttledPage(context, options) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
  return page;
}

/**
 * @param {Page} page
 * @param {string} url
 * @returns {Promise<Sample>}
 */
async function measure(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
  // Polls on a timer rather than every frame, to add as little work as possible to the page.
  await page.waitForFunction(
    (mark) =>
      performance.getEntriesByName(mark).length > 0 &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    WIN_FIELD_MARK,
    { polling: 50, timeout: STEP_TIMEOUT_MS },
  );
  return page.evaluate((mark) => {
    const startOf = (/** @type {string} */ name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return { fcp: startOf('first-contentful-paint'), ready: startOf(mark) };
  }, WIN_FIELD_MARK);
}

/**
 * One untimed visit, so the first measured run does not also pay for the server's and the
 * operating system's cold file caches.
 * @param {Browser} browser
 * @param {string} url
 */
export async function warmUp(browser, url) {
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
  } finally {
    await context.close();
  }
}

/**
 * Someone opening the page for the first time: nothing cached, service worker not yet installed.
 * @param {Browser} browser
 * @param {string} url
 * @param {MeasureOptions} options
 */
export async function firstVisit(browser, url, options) {
  const context = await phoneContext(browser, options);
  try {
    return await measure(await throttledPage(context, options), url);
  } finally {
    await context.close();
  }
}

/**
 * The page opened a second time in the same profile, online: the bare page's nearest equivalent
 * of a warm start, since it has no service worker to start from.
 * @param {Browser} browser
 * @param {string} url
 * @param {MeasureOptions} options
 */
export async function repeatVisit(browser, url, options) {
  const context = await phoneContext(browser, options);
  try {
    const first = await context.newPage();
    await first.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    await first.close();
    return await measure(await throttledPage(context, options), url);
  } finally {
    await context.close();
  }
}

/**
 * An installed app opened with no network: the service worker, installed on an earlier visit,
 * must serve everything.
 * @param {Browser} browser
 * @param {string} url
 * @param {MeasureOptions & { swPath?: string }} options
 */
export async function offlineWarm(browser, url, options) {
  const context = await phoneContext(browser, options);
  try {
    const first = await context.newPage();
    await first.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    const state = await first.evaluate(async (timeoutMs) => {
      if (!('serviceWorker' in navigator)) return 'unsupported';
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
      return Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), timeout]);
    }, SERVICE_WORKER_TIMEOUT_MS);
    if (state !== 'ready') {
      const why = await whySwFailed(first, options.swPath ?? 'sw.js');
      throw new ScenarioUnavailable(`service worker not ready (${String(state)}): ${why}`);
    }
    // The app does not claim clients, so the visit that installed the worker is not controlled by it;
    // a reload is what a person's second visit would be.
    const controlled = () => first.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!(await controlled())) {
      await first.reload({ waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
      if (!(await controlled())) {
        throw new ScenarioUnavailable('page still not controlled by the service worker after a reload');
      }
    }
    // A worker can activate with an empty cache when its precache setup throws; saying so here
    // beats the bare "disconnected" error the offline navigation would give.
    const cachedSomething = await first.evaluate(async () => {
      for (const name of await caches.keys()) {
        if ((await (await caches.open(name)).keys()).length > 0) return true;
      }
      return false;
    });
    if (!cachedSomething) {
      throw new ScenarioUnavailable('the service worker is active but cached nothing: no offline start possible');
    }
    await first.close();
    await context.setOffline(true);
    return await measure(await throttledPage(context, options), url);
  } finally {
    await context.close();
  }
}

/**
 * The app registers its worker through workbox-window, which keeps registration errors to
 * itself; registering the same script again is the only way to read the browser's reason.
 * @param {Page} page
 * @param {string} swPath
 */
async function whySwFailed(page, swPath) {
  return page.evaluate(async (path) => {
    const existing = await navigator.serviceWorker.getRegistration();
    if (existing?.installing || existing?.waiting) return 'a worker is registered but never activated';
    return navigator.serviceWorker.register(path).then(
      () => 'no error on a second registration',
      (/** @type {unknown} */ error) => (error instanceof Error ? error.message : String(error)),
    );
  }, swPath);
}

/**
 * @typedef {object} Scenario
 * @property {string} key
 * @property {() => Promise<Sample>} run
 */

/**
 * @typedef {object} Series
 * @property {Sample[]} samples
 * @property {string | null} failure set when the scenario could not be measured at all
 */

/**
 * Scenarios take turns within each round, so the app and its yardstick see the same machine
 * load; a background job slowing one round slows both sides of the ratio.
 * @param {Scenario[]} scenarios
 * @param {number} runs
 * @param {(message: string) => void} log
 * @returns {Promise<Map<string, Series>>}
 */
export async function runScenarios(scenarios, runs, log) {
  /** @type {Map<string, Series>} */
  const results = new Map(scenarios.map((scenario) => [scenario.key, { samples: [], failure: null }]));
  for (let round = 1; round <= runs; round += 1) {
    for (const scenario of scenarios) {
      const series = /** @type {Series} */ (results.get(scenario.key));
      if (series.failure) continue;
      try {
        series.samples.push(await scenario.run());
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
        // A missing service worker will not appear on the next try; a timeout might, once.
        if (error instanceof ScenarioUnavailable || series.samples.length === 0) series.failure = message;
        log(`  ${scenario.key}: run ${round} failed: ${message}`);
      }
    }
    log(`  round ${round}/${runs} done`);
  }
  return results;
}
