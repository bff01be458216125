import { expect, test, type Page } from '@playwright/test';
import { navLink, winField } from './support/app';
import { waitUntilControlled } from './support/service-worker';

const fiveWins = ['Got out of bed', 'Texted Sam back', 'Walked to the shop', 'Said no kindly', 'Cooked a real dinner'];

async function logWins(page: Page, wins: readonly string[]): Promise<void> {
  await page.goto('/');
  await expect(winField(page)).toBeFocused();
  for (const win of wins) {
    await page.keyboard.type(win);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Today’s wins', exact: true }).getByText(win, { exact: true })).toBeVisible();
  }
}

/** The text of the slip on show, read from the card as a person would. */
function pulledCard(page: Page) {
  return page.getByRole('article');
}

async function pullAndRead(page: Page, control: 'Pull a win' | 'Pull another'): Promise<string> {
  const before = (await pulledCard(page).count()) > 0 ? await pulledCard(page).getAttribute('aria-labelledby') : null;
  await page.getByRole('button', { name: control, exact: true }).click();
  await expect(pulledCard(page)).toBeVisible();
  if (before) await expect(pulledCard(page)).not.toHaveAttribute('aria-labelledby', before);
  const labelId = await pulledCard(page).getAttribute('aria-labelledby');
  return (await page.locator(`[id="${labelId ?? ''}"]`).textContent()) ?? '';
}

test('five wins, five pulls, five different wins; a reload mid-round carries on the same round', async ({ page }) => {
  await logWins(page, fiveWins);
  await navLink(page, 'Jar').click();
  await expect(page.getByText('Five wins are in your jar.')).toBeVisible();

  const pulled = [await pullAndRead(page, 'Pull a win')];
  pulled.push(await pullAndRead(page, 'Pull another'));
  await page.reload();
  pulled.push(await pullAndRead(page, 'Pull a win'));
  pulled.push(await pullAndRead(page, 'Pull another'));
  pulled.push(await pullAndRead(page, 'Pull another'));

  expect(new Set(pulled)).toEqual(new Set(fiveWins));
  // The next round starts, and never with the win that just came out.
  const sixth = await pullAndRead(page, 'Pull another');
  expect(sixth).not.toBe(pulled[4]);
});

test('a pulled win says when it happened, with a kind word', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 25, 20, 0));
  await page.goto('/');
  await page.getByRole('button', { name: 'Yesterday', exact: true }).click();
  await winField(page).fill('Asked for help with the forms');
  await winField(page).press('Enter');
  await expect(page.getByText('Asked for help with the forms', { exact: true })).toBeVisible();
  await navLink(page, 'Jar').click();
  await page.getByRole('button', { name: 'Pull a win', exact: true }).click();
  const card = pulledCard(page);
  await expect(card.getByText('Yesterday', { exact: true })).toBeVisible();
  await expect(card.getByText('Asked for help with the forms')).toBeVisible();
  await expect(card.locator('.pulled-kind')).not.toBeEmpty();
});

test('the "Pull a win" shortcut opens the jar with a win showing, offline too', async ({ page, context }) => {
  await logWins(page, fiveWins.slice(0, 2));
  await waitUntilControlled(page);
  await context.setOffline(true);
  await page.goto('/jar/pull');
  await expect(page.getByRole('heading', { level: 1, name: 'You have done hard things before' })).toBeVisible();
  await expect(pulledCard(page)).toBeVisible();
  await expect(pulledCard(page)).toContainText(/Got out of bed|Texted Sam back/);
  await expect(page.getByRole('heading', { name: 'If today is more than hard' })).toBeVisible();
});

test('Today has one obvious way to a past win on a hard day', async ({ page }) => {
  await logWins(page, fiveWins.slice(0, 1));
  await page.getByRole('link', { name: 'Having a hard day? Pull a win from the jar' }).click();
  await expect(page).toHaveURL(/\/jar\/pull$/);
  await expect(pulledCard(page)).toContainText('Got out of bed');
});
