// Captures the phone screenshots in docs/screenshots from the production build.
// Run with `npm run screenshots` after `npm run build`; it serves dist/ itself.
import { mkdir } from 'node:fs/promises';
import { chromium, devices } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const outDir = 'docs/screenshots';
const wins = [
  'Got out of bed and opened the curtains, even though it was a heavy morning',
  'Used my breathing exercise before the meeting 🌬️',
  'Texted Sam back instead of leaving it for another week',
];

const screens = [
  { link: 'Jar', path: '/jar', name: 'jar' },
  { link: 'Look back', path: '/look-back', name: 'look-back' },
  { link: 'More', path: '/more', name: 'more' },
];

// Screens reached by address rather than a tab.
const addresses = [
  { path: '/jar/pull', name: 'hard-day' },
  { path: '/reframe', name: 'reframe' },
  { path: '/backup', name: 'your-data' },
];

// Screens More leads to, shot after a few values and a goal are in (see addValuesAndGoal).
const fromMore = [
  { path: '/reminders', name: 'reminders' },
  { path: '/values', name: 'values' },
  { path: '/goals', name: 'goals' },
  { path: '/pause', name: 'pause' },
  { path: '/affirm', name: 'affirm' },
];

/** @param {import('@playwright/test').Page} page */
async function logWins(page) {
  const field = page.getByRole('textbox', { name: 'Your win' });
  for (const [index, win] of wins.entries()) {
    // One written for yesterday, so the hard-day pull (which brings out a win from before
    // today first) has one to show.
    const yesterday = index === 1;
    if (yesterday) await page.getByRole('button', { name: 'Yesterday' }).click();
    await field.fill(win);
    await field.press('Enter');
    await page.getByText(win, { exact: true }).waitFor();
    if (yesterday) await page.getByRole('button', { name: 'Back to today' }).click();
  }
}

/**
 * Three values, a win that touched two of them, and a goal with one step done, so Values and
 * Goals show what they are for rather than their empty states.
 * @param {import('@playwright/test').Page} page
 */
async function addValuesAndGoal(page) {
  await page.goto('http://localhost:4175/values');
  for (const name of ['Kindness', 'Connection', 'Rest']) await page.getByRole('button', { name: `Add ${name}` }).click();
  await page.getByRole('heading', { name: 'Rest', level: 2 }).waitFor();
  await page.goto('http://localhost:4175/');
  const field = page.getByRole('textbox', { name: 'Your win' });
  await field.fill('Called Mum back, even though I was tired');
  await page.getByRole('button', { name: 'Add why it mattered, or tags' }).click();
  for (const name of ['Kindness', 'Connection']) await page.getByRole('button', { name, exact: true }).click();
  await field.press('Enter');
  await page.getByText('Called Mum back, even though I was tired', { exact: true }).waitFor();
  await page.goto('http://localhost:4175/goals');
  await page.getByRole('textbox', { name: 'A goal, in a few words' }).fill('A calmer morning');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const step = page.getByRole('textbox', { name: 'Add a step toward a calmer morning' });
  for (const text of ['Open the curtains', 'Drink a glass of water', 'Five slow breaths before my phone']) {
    await step.fill(text);
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByText(text, { exact: true }).waitFor();
  }
  // The box ticks once the step (and the win it logs) is stored, not at the click itself.
  await page.getByRole('checkbox', { name: 'Open the curtains' }).click();
  await page.getByRole('checkbox', { name: 'Open the curtains', checked: true }).waitFor();
}

const server = await preview({ preview: { port: 4175, strictPort: true } });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
await mkdir(outDir, { recursive: true });
await mkdir('public/screenshots', { recursive: true });
try {
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    const context = await browser.newContext({ ...devices['Pixel 7'], colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('http://localhost:4175/');
    await page.getByRole('textbox', { name: 'Your win' }).waitFor();
    await logWins(page);
    // Back to today left the screen scrolled to the field: show it from its top, date and all.
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${outDir}/today-${colorScheme}.png` });
    // The manifest's install-sheet screenshots: the phone's Today, and a wide one below.
    if (colorScheme === 'light') await page.screenshot({ path: 'public/screenshots/narrow.png' });
    for (const { link, path, name } of screens) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
      await page.waitForURL(`**${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: `${outDir}/${name}-${colorScheme}.png` });
    }
    for (const { path, name } of addresses) {
      await page.goto(`http://localhost:4175${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Let entrance animations settle so the picture shows the resting screen.
      await page.waitForTimeout(700);
      await page.screenshot({ path: `${outDir}/${name}-${colorScheme}.png` });
    }
    await addValuesAndGoal(page);
    for (const { path, name } of fromMore) {
      await page.goto(`http://localhost:4175${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(700);
      await page.screenshot({ path: `${outDir}/${name}-${colorScheme}.png` });
    }
    await context.close();
  }
  const wide = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const widePage = await wide.newPage();
  await widePage.goto('http://localhost:4175/');
  await logWins(widePage);
  await widePage.goto('http://localhost:4175/jar');
  await widePage.getByRole('heading', { level: 1 }).waitFor();
  await widePage.waitForTimeout(700);
  await widePage.screenshot({ path: 'public/screenshots/wide.png' });
  await wide.close();
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
console.log(`Screenshots written to ${outDir}/`);
