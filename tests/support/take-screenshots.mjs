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

/** @param {import('@playwright/test').Page} page */
async function logWins(page) {
  const field = page.getByRole('textbox', { name: 'Your win' });
  for (const win of wins) {
    await field.fill(win);
    await field.press('Enter');
    await page.getByText(win, { exact: true }).waitFor();
  }
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
