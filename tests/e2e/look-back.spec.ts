import { expect, test, type Page } from '@playwright/test';
import { expectThemedTappableLink, navLink, winField } from './support/app';
import { waitUntilControlled } from './support/service-worker';

/** Writes a win for a given day through Today's own backfill, as a person would. */
async function logOn(page: Page, day: string, text: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Pick a day').fill(day);
  await winField(page).fill(text);
  await winField(page).press('Enter');
  await expect(page.getByRole('region', { name: /^(Wins for|Today’s wins)/ }).getByText(text, { exact: true })).toBeVisible();
}

const history = [
  { day: '2025-11-25', text: 'First win: Went for a 5-minute walk' },
  { day: '2026-10-03', text: 'WALKED to the shop and back' },
  { day: '2026-11-10', text: 'Took a wålk by the river' },
  { day: '2026-11-18', text: 'Called the clinic' },
  { day: '2026-11-24', text: 'Made soup for two days' },
];

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 25, 20, 0));
  for (const win of history) await logOn(page, win.day, win.text);
});

test('the calendar marks exactly the days with wins', async ({ page }) => {
  await navLink(page, 'Look back').click();
  const calendar = page.getByRole('region', { name: 'November 2026' });
  await expect(calendar.getByRole('link', { name: /has wins$/ })).toHaveText(['10', '18', '24']);
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.getByRole('region', { name: 'October 2026' }).getByRole('link', { name: /has wins$/ })).toHaveText(['3']);
  await page.getByRole('link', { name: /3 October 2026, has wins/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saturday, 3 October' })).toBeVisible();
  await expect(page.getByText('WALKED to the shop and back')).toBeVisible();
});

test('leaving a day of an earlier month comes back to that month, with focus on the day, by its link or by Back', async ({ page }) => {
  await page.goto('/look-back');
  await page.getByRole('button', { name: 'Previous month' }).click();
  await page.getByRole('link', { name: /3 October 2026, has wins/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saturday, 3 October' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Look back' }).click();
  // The next day is a Tab away, not a month and a grid's walk.
  await expect(page.getByRole('link', { name: /3 October 2026, has wins/ })).toBeFocused();
  await expect(page.getByRole('region', { name: 'October 2026' })).toBeVisible();

  await page.getByRole('link', { name: 'Sunday, 4 October 2026', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sunday, 4 October' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('region', { name: 'October 2026' })).toBeVisible();
});

test('a day opened from the calendar shows at once, with no loading space first', async ({ page }) => {
  // Its code is fetched while the app is idle, before any tap.
  const fetched = page.waitForResponse(/\/day-screen-[\w-]+\.js$/);
  await page.goto('/look-back');
  const day = page.getByRole('link', { name: /18 November 2026, has wins/ });
  await expect(day).toBeVisible();
  await fetched;
  await page.evaluate(async () => {
    // A moment for the fetched module to run, then watch for the loading space from here on.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const seen = { loading: false };
    Reflect.set(window, '__loadingSeen', seen);
    new MutationObserver(() => {
      if (document.querySelector('.screen-loading')) seen.loading = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await day.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wednesday, 18 November' })).toBeVisible();
  expect(await page.evaluate(() => (Reflect.get(window, '__loadingSeen') as { loading: boolean }).loading)).toBe(false);
});

test('searching “walk” finds walks whatever the case or accents, and marks the match; the search is a link', async ({
  page,
}) => {
  await navLink(page, 'Look back').click();
  await page.getByRole('searchbox', { name: 'Search your wins' }).fill('walk');
  const results = page.getByRole('region', { name: '3 wins match' });
  await expect(results).toBeVisible();
  await expect(results.getByText('First win: Went for a 5-minute walk')).toBeVisible();
  await expect(results.getByText('WALKED to the shop and back')).toBeVisible();
  await expect(results.getByText('Took a wålk by the river')).toBeVisible();
  await expect(results.locator('mark')).toHaveText(['wålk', 'WALKED', 'walk']);
  await expect(page).toHaveURL(/\/look-back\?q=walk$/);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search your wins' })).toHaveValue('walk');
  await expect(page.getByRole('region', { name: '3 wins match' })).toBeVisible();
});

test('on this day shows the win from a year ago, under links in the theme’s colour that are easy to tap', async ({ page }) => {
  await page.goto('/');
  const onThisDay = page.getByRole('region', { name: 'On this day' });
  await expect(onThisDay.getByRole('link', { name: 'A year ago' })).toBeVisible();
  await expect(onThisDay.getByText('First win: Went for a 5-minute walk')).toBeVisible();
  for (const name of ['A week ago', 'A year ago']) await expectThemedTappableLink(page, onThisDay.getByRole('link', { name }));
});

test('the timeline reaches the oldest win; deep links to a day and a search work offline', async ({ page, context }) => {
  await navLink(page, 'Look back').click();
  await expect(page.getByRole('heading', { level: 3, name: 'Tuesday, 24 November' })).toBeVisible();
  await page.getByText('That is where it all began: your first win.').scrollIntoViewIfNeeded();
  await expect(page.getByText('First win: Went for a 5-minute walk')).toBeVisible();

  await waitUntilControlled(page);
  await context.setOffline(true);
  await page.goto('/look-back/day/2026-11-18');
  await expect(page.getByText('Called the clinic')).toBeVisible();
  await page.goto('/look-back?q=soup');
  await expect(page.getByRole('region', { name: 'One win matches' }).getByText('Made soup for two days')).toBeVisible();
});
