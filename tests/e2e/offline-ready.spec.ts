import { expect, test } from '@playwright/test';
import { expectScreen, screens, winField } from './support/app';

test('the first visit says when the app is ready to work offline, and it is', async ({ page, context }) => {
  await page.goto('/');
  await expect(winField(page)).toBeVisible();

  const notice = page.getByRole('status').filter({ hasText: 'Ready to work offline' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);

  // What the notice promises: Small Wins now opens without a connection, at any of its addresses.
  await context.setOffline(true);
  for (const screen of screens) {
    await page.goto(screen.path);
    await expectScreen(page, screen);
  }
});
