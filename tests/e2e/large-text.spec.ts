import { expect, test } from '@playwright/test';
import { enlargeText, largeTextProblems } from './support/large-text';
import { quickLogWhileLocked, reframeSteps, screens, seedHistory, sheets, type Stop } from './support/tour';
import { lockTheApp, saveWin, todaysWins } from './support/app';

// 200 % text, the size WCAG asks to work, on a phone 360 px wide: the narrowest common
// Android width. On the config's Pixel 7 (412 px) the month calendar still fitted, so its day
// numbers running together and its next-month button off the screen went unseen.
test.use({ viewport: { width: 360, height: 740 } });

// Soft, stop by stop: when a broken screen keeps the next stop from being reached (a day in
// the calendar that cannot be tapped), what was found on it is still in the report.
async function checkEveryStop(page: Parameters<Stop['visit']>[0], stops: readonly Stop[]): Promise<void> {
  for (const stop of stops) {
    await stop.visit(page);
    expect.soft(await largeTextProblems(page), `at 200 % text, ${stop.name}`).toEqual([]);
  }
}

test.beforeEach(async ({ page }) => {
  await enlargeText(page);
});

test('at 200 % text, every screen fits the phone and keeps its controls whole', async ({ page }) => {
  test.setTimeout(45_000);
  await seedHistory(page);
  await checkEveryStop(page, screens);
});

test('at 200 % text, every sheet, dialog, reframe step and the lock screen fit the phone', async ({ page }) => {
  test.setTimeout(45_000);
  await seedHistory(page);
  await checkEveryStop(page, [...sheets, ...reframeSteps]);
  await lockTheApp(page);
  await quickLogWhileLocked(page);
  expect(await largeTextProblems(page), 'at 200 % text, the lock screen').toEqual([]);
});

test('at 200 % text, Today’s heading on its longest day, a Wednesday in September, fits the phone', async ({ page }) => {
  // The heading is the day: the tour above saw "Wednesday" only one day in seven.
  await page.clock.setFixedTime(new Date(2026, 8, 30, 20, 0));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Wednesday, 30 September' })).toBeVisible();
  expect(await largeTextProblems(page)).toEqual([]);
});

test('at 200 % text, the jar’s drawing stays its size, so Pull a win sits above the tab bar', async ({ page }) => {
  await page.goto('/');
  // The first visit's "ready to work offline" note, read and put away: the jar on its own.
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await saveWin(page, 'Made tea');
  // Opened afresh, so the screen starts at its top (Today was scrolled down to the new win).
  await page.goto('/jar');
  const pull = page.getByRole('button', { name: 'Pull a win', exact: true });
  await expect(pull).toBeVisible();
  const button = await pull.boundingBox();
  const tabBar = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  const where = JSON.stringify({ button, tabBar });
  expect(button && tabBar && button.y >= 0 && button.y + button.height <= tabBar.y, `the whole button shows above the tab bar: ${where}`).toBe(true);
});

test('at 200 % text, the share sheet puts the words under the card, and keeps Done in reach as it scrolls', async ({ page }) => {
  const text = 'Walked to the shop and back, even in the rain';
  await page.goto('/');
  await saveWin(page, text);
  await todaysWins(page).getByRole('button', { name: `Share “${text}”` }).click();
  const sheet = page.getByRole('dialog', { name: 'Share this win' });
  const words = sheet.getByText(text, { exact: true });
  await expect(words).toBeVisible();
  const card = await sheet.locator('.share-card-preview').boundingBox();
  const wordsBox = await words.boundingBox();
  // Beside the card the words had a column a word wide; under it they have the sheet's width.
  expect(card && wordsBox && wordsBox.y >= card.y + card.height, 'the words sit under the card').toBe(true);
  const scrolled = await sheet.evaluate((element) => {
    element.scrollTo(0, element.scrollHeight);
    return element.scrollTop;
  });
  expect(scrolled, 'the sheet is long enough to scroll').toBeGreaterThan(0);
  const done = sheet.getByRole('button', { name: 'Done', exact: true });
  const doneBox = await done.boundingBox();
  const sheetBox = await sheet.boundingBox();
  expect(doneBox && sheetBox && doneBox.y >= sheetBox.y, 'Done is inside the sheet, at its top').toBe(true);
  await done.click();
  await expect(sheet).toBeHidden();
});
