import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveWin, todaysWins } from './support/app';

// Opening a sheet or dialog puts focus inside it; closing it, by its own button or by
// Escape, puts focus back on the control that opened it, so nobody loses their place.

const win = 'Watered the plants';

type Close = 'its button' | 'Escape';

async function expectFocusRoundTrip(page: Page, opener: Locator, sheet: Locator, closeButton: string, how: Close): Promise<void> {
  await opener.click();
  await expect(sheet).toBeVisible();
  await expect(sheet.locator(':focus')).toHaveCount(1);
  if (how === 'Escape') await page.keyboard.press('Escape');
  else await sheet.getByRole('button', { name: closeButton, exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(opener).toBeFocused();
}

for (const how of ['its button', 'Escape'] as const) {
  test(`sheets on Today take focus and give it back when closed with ${how}`, async ({ page }) => {
    await page.goto('/');
    await saveWin(page, win);
    const card = todaysWins(page).getByRole('listitem').filter({ hasText: win });

    await expectFocusRoundTrip(
      page,
      card.getByRole('button', { name: `Share “${win}”` }),
      page.getByRole('dialog', { name: 'Share this win' }),
      'Done',
      how,
    );
    await expectFocusRoundTrip(
      page,
      page.getByRole('button', { name: 'Edit quick picks' }),
      page.getByRole('dialog', { name: 'Your quick picks' }),
      'Done',
      how,
    );
    // The win editor opens in place of the card rather than as a sheet, with the same promise.
    await expectFocusRoundTrip(
      page,
      card.getByRole('button', { name: `Edit “${win}”` }),
      page.getByRole('form', { name: 'Edit win' }),
      'Cancel',
      how,
    );
  });

  test(`the list editors in More and the goal dialog give focus back when closed with ${how}`, async ({ page }) => {
    await page.goto('/more');
    await expectFocusRoundTrip(page, page.getByRole('button', { name: 'Edit prompts' }), page.getByRole('dialog', { name: 'Your prompts' }), 'Done', how);
    await expectFocusRoundTrip(
      page,
      page.getByRole('button', { name: 'Edit kind words' }),
      page.getByRole('dialog', { name: 'Your kind words' }),
      'Done',
      how,
    );

    await page.goto('/goals');
    await page.getByRole('textbox', { name: 'A goal, in a few words' }).fill('A calmer morning');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('textbox', { name: 'Add a step toward a calmer morning' }).fill('Opened the window');
    await page.getByRole('button', { name: 'Add step' }).click();
    const step = page.getByRole('checkbox', { name: 'Opened the window' });
    await step.click();
    await expect(step).toBeChecked();
    await expectFocusRoundTrip(page, step, page.getByRole('dialog', { name: 'Uncheck “Opened the window”?' }), 'Leave it checked', how);
    await expect(step).toBeChecked();
  });
}

test('the storage problem notice puts focus on the one thing to do', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  await page.goto('/');
  const notice = page.getByRole('alertdialog', { name: 'This browser is not letting Small Wins save' });
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeFocused();
});
