import { expect, test } from '@playwright/test';
import { expectScreen, navLink, saveWin, screenAt, screens, todaysWins, winField } from './support/app';
import { waitUntilControlled } from './support/service-worker';

test.describe('without a connection', () => {
  test.beforeEach(async ({ page, context }) => {
    // One visit while online, as a person's first visit would be, then the connection drops.
    await page.goto('/');
    await expect(winField(page)).toBeVisible();
    await waitUntilControlled(page);
    await context.setOffline(true);
  });

  for (const screen of screens) {
    test(`the app opens at ${screen.path} (${screen.tab})`, async ({ page }) => {
      await page.goto(screen.path);
      await expectScreen(page, screen);

      await page.reload();
      await expectScreen(page, screen);
    });
  }

  test('a win saved offline is still there after reloading, and in Look back', async ({ page }) => {
    await page.reload();
    await saveWin(page, 'Made tea without the internet');

    await page.reload();
    await expect(todaysWins(page).getByText('Made tea without the internet', { exact: true })).toBeVisible();

    await navLink(page, 'Look back').click();
    await expectScreen(page, screenAt('/look-back'));
    await expect(page.getByRole('main').getByText('Made tea without the internet', { exact: true })).toBeVisible();
  });
});
