import { expect, test, type Page } from '@playwright/test';
import { navLink, saveWin, winField } from './support/app';

// Every screen is drawn in the one document, so left to itself the browser keeps the last
// screen's scroll position: a new screen would open part-way down, its top out of sight.

const pageScroll = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls the page well down, as a thumb does on a long screen, once the screen is that long. */
async function scrollFarDown(page: Page): Promise<void> {
  // Polled: what makes the screen long (Today's wins) can still be arriving.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, 900));
      return pageScroll(page);
    })
    .toBeGreaterThan(500);
}

const iphoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

test('each tab opens its screen at the top, with focus on its heading; Today, with its field ready', async ({ page }) => {
  await page.goto('/');
  for (const text of ['Made tea', 'Texted my sister', 'Stretched for five minutes', 'Went outside', 'Ate lunch sitting down']) {
    await saveWin(page, text);
  }
  for (const [tab, heading] of [
    ['More', 'Settings and help'],
    ['Jar', 'Your jar'],
    ['Look back', 'Your wins so far'],
  ] as const) {
    await scrollFarDown(page);
    await navLink(page, tab).click();
    const title = page.getByRole('heading', { level: 1, name: heading });
    await expect(title).toBeVisible();
    expect(await pageScroll(page), `${tab} opens at its top`).toBe(0);
    await expect(title).toBeFocused();

    await navLink(page, 'Today').click();
    await expect(winField(page)).toBeFocused();
    await expect.poll(() => pageScroll(page), 'Today opens at its top').toBe(0);
  }
});

test('going Back opens the screen before at its top too', async ({ page }) => {
  await page.goto('/more');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and help' })).toBeVisible();
  await scrollFarDown(page);
  await page.getByRole('link', { name: 'Backups and your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups and your data' })).toBeFocused();
  await scrollFarDown(page);
  await page.goBack();
  const more = page.getByRole('heading', { level: 1, name: 'Settings and help' });
  await expect(more).toBeVisible();
  // The browser's own restoring, were it left on, would come a moment later.
  await expect.poll(() => pageScroll(page), { intervals: [100, 200, 400] }).toBe(0);
  await page.waitForTimeout(300);
  expect(await pageScroll(page)).toBe(0);
  await expect(more).toBeFocused();
});

test('“Show me how” on Today’s home-screen card lands on the guide at the top of More', async ({ browser, baseURL }) => {
  const iphone = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 390, height: 844 },
    userAgent: iphoneSafari,
    isMobile: true,
    hasTouch: true,
  });
  const page = await iphone.newPage();
  await page.goto('/');
  await saveWin(page, 'Drank a glass of water');
  // The card waits at the very end of Today.
  await page.getByRole('link', { name: 'Show me how' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and help' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Keep Small Wins on your home screen' })).toBeInViewport();
  expect(await pageScroll(page)).toBe(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and help' })).toBeFocused();
  await iphone.close();
});

test('the skip link still moves focus within the screen, without starting it again', async ({ page }) => {
  await page.goto('/more');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and help' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/\/more#main$/);
});

test('“Change when your day starts” lands on that setting, in view and ready to change', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 26, 2, 0));
  await page.goto('/');
  await page.getByRole('link', { name: 'Change when your day starts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and help' })).toBeAttached();
  const setting = page.getByLabel('My day starts at');
  await expect(setting).toBeFocused();
  await expect(setting).toBeInViewport();
  // The same address opened afresh (a bookmark, the shell's link before the app has started) lands there too.
  await page.goto('/');
  await page.goto('/more#day-start');
  await expect(setting).toBeFocused();
  await expect(setting).toBeInViewport();
});
