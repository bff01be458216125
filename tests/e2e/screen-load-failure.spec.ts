import { expect, test } from '@playwright/test';
import { navLink } from './support/app';
import { axeInBothSchemes } from './support/axe';

// A screen's code comes on demand. If it cannot arrive (offline on a first visit, before the
// service worker had stored everything), the screen says so and the rest of the app stays.
// Service workers are blocked so that every request reaches page.route.
test.use({ serviceWorkers: 'block' });

test('a screen whose code cannot download says so, keeps the tabs, and opens on Try again once it can', async ({ page }) => {
  let reachable = false;
  await page.route(/\/assets\/goals-screen-[^/]*\.js$/, (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  await page.goto('/more');
  await page.getByRole('link', { name: 'Teeny-tiny goals' }).click();

  const problem = page.getByRole('heading', { name: 'This screen didn’t open' });
  await expect(problem).toBeFocused();
  await expect(page.getByText(/Your wins are safe on this phone/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await axeInBothSchemes(page, 'A screen that did not open')).toEqual([]);

  reachable = true;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'One small step at a time', level: 1 })).toBeVisible();

  // And a tab away from a failed screen is a fresh start, not the same message.
  await navLink(page, 'Today').click();
  await expect(page.getByRole('textbox', { name: 'Your win', exact: true })).toBeVisible();
});
