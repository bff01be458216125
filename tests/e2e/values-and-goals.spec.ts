import { expect, test } from '@playwright/test';
import { addGoalWithStepDone, navLink, todaysWins, winField } from './support/app';
import { waitUntilControlled } from './support/service-worker';

test('a value and a goal: a checked step logs a linked win, a tagged win is counted, a rename follows, all there offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitUntilControlled(page);

  // A value, chosen from the suggestions.
  await navLink(page, 'More').click();
  await page.getByRole('link', { name: 'Your values' }).click();
  await page.getByRole('button', { name: 'Add Kindness' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kindness' })).toBeVisible();

  // A goal with three steps; checking one off logs a win.
  await navLink(page, 'More').click();
  await page.getByRole('link', { name: 'Teeny-tiny goals' }).click();
  await page.getByRole('textbox', { name: 'A goal, in a few words' }).fill('A tidy home');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const goal = page.getByRole('region', { name: 'A tidy home' });
  const stepField = goal.getByRole('textbox', { name: 'Add a step toward a tidy home' });
  await stepField.fill('Clean the whole house');
  await expect(goal.getByText(/This one sounds big/)).toBeVisible();
  for (const step of ['Cleared the kitchen counter', 'Put one load of washing on', 'Emptied the bathroom bin']) {
    await stepField.fill(step);
    await goal.getByRole('button', { name: 'Add step' }).click();
    await expect(goal.getByRole('checkbox', { name: step })).toBeVisible();
  }
  await goal.getByRole('checkbox', { name: 'Cleared the kitchen counter' }).click();
  await expect(goal.getByText('One step done.')).toBeVisible();

  await navLink(page, 'Today').click();
  const stepWin = todaysWins(page).getByRole('listitem').filter({ hasText: 'Cleared the kitchen counter: a step toward a tidy home' });
  await expect(stepWin.getByText('Goal: A tidy home', { exact: true })).toBeVisible();

  // Another win, tagged with the value while logging.
  await winField(page).fill('Listened to Jo without fixing anything');
  await page.getByRole('button', { name: 'Kindness', pressed: false }).click();
  await winField(page).press('Enter');
  const valueWin = todaysWins(page).getByRole('listitem').filter({ hasText: 'Listened to Jo without fixing anything' });
  await expect(valueWin.getByRole('list', { name: 'Values' })).toHaveText('Kindness');

  // The values view counts it; a rename follows on every tagged win.
  await navLink(page, 'More').click();
  await page.getByRole('link', { name: 'Your values' }).click();
  const kindness = page.getByRole('region', { name: 'Kindness' });
  await expect(kindness.getByText('One win in the last four weeks, one win in all.')).toBeVisible();
  await page.getByRole('button', { name: 'Write your own, rename, reorder or archive' }).click();
  const sheet = page.getByRole('dialog', { name: 'Your values' });
  await sheet.getByRole('textbox', { name: 'Value 1' }).fill('Gentleness');
  await sheet.getByRole('textbox', { name: 'Value 1' }).blur();
  await sheet.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Gentleness' })).toBeVisible();

  await context.setOffline(true);
  await page.goto('/');
  await expect(
    todaysWins(page).getByRole('listitem').filter({ hasText: 'Listened to Jo' }).getByRole('list', { name: 'Values' }),
  ).toHaveText('Gentleness');
  await expect(todaysWins(page).getByText('Cleared the kitchen counter: a step toward a tidy home')).toBeVisible();
  await page.goto('/goals');
  await expect(page.getByRole('checkbox', { name: 'Cleared the kitchen counter' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Emptied the bathroom bin' })).not.toBeChecked();
});

test('unchecking a step asks whether its win goes too', async ({ page }) => {
  await addGoalWithStepDone(page, 'A calmer morning', 'Opened the window');
  await page.getByRole('checkbox', { name: 'Opened the window' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uncheck “Opened the window”?' });
  await dialog.getByRole('button', { name: 'Uncheck and remove the win' }).click();
  await expect(page.getByRole('checkbox', { name: 'Opened the window' })).not.toBeChecked();
  await page.goto('/');
  await expect(todaysWins(page).getByText(/Opened the window/)).toHaveCount(0);
});
