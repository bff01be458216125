// One browser context per history size, written once and shared by every row that measures that
// size: writing 100,000 wins takes 20–40 s, and the save, Win Jar, Look back and Your data rows
// all want the same history. Each row navigates the page to its own screen, so the app starts
// afresh with the history, as on a real phone, and adds its own probes as init scripts.
import { devices } from '@playwright/test';
import { isLocal } from './cold-start.mjs';
import { seedHistory } from './seed-history.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').CDPSession} CDPSession */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./seed-history.mjs').SeededHistory} SeededHistory */

/**
 * @typedef {object} HistoryContext
 * @property {number} size wins written (0 for an empty database)
 * @property {string} url the app's root
 * @property {BrowserContext} context
 * @property {Page} page the one page every row drives
 * @property {CDPSession} cdp for heap readings; it follows the page across navigations
 * @property {SeededHistory | null} seeded
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} HistoryOptions
 * @property {Set<string>} strays requests that tried to leave localhost
 * @property {(message: string) => void} log
 */

const phone = devices['Pixel 7'];
if (!phone) throw new Error("Playwright no longer knows the 'Pixel 7' device.");

const STEP_TIMEOUT_MS = 30_000;

/**
 * A fresh context (Pixel 7, service workers blocked, so only the app's own code is measured, and
 * no CPU throttling) whose database holds `size` wins. The Today screen is opened first so the
 * app creates its database at its own schema; the history is then written into it.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} size
 * @param {HistoryOptions} options
 * @returns {Promise<HistoryContext>}
 */
export async function openHistory(browser, url, size, options) {
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  context.on('request', (request) => {
    if (!isLocal(request.url())) options.strays.add(request.url());
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    // The list has answered (its empty note or its items), so the app's database is open.
    await page.waitForSelector('.today-list .empty, .today-list > ul', { timeout: STEP_TIMEOUT_MS });
    /** @type {SeededHistory | null} */
    let seeded = null;
    if (size > 0) {
      seeded = await seedHistory(page, size);
      const extra = seeded.numberedTexts > 0 ? `, texts numbered to be unique: ${seeded.numberedTexts}` : '';
      options.log(
        `  ${size.toLocaleString('en')} wins written (back to ${seeded.firstDay}), all in the jar, ` +
          `in ${(seeded.ms / 1000).toFixed(1)} s${extra}`,
      );
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    return { size, url, context, page, cdp, seeded, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
