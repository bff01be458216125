import { expect, test } from '@playwright/test';
import { expectThemedTappableLink, lockTheApp, navLink, readTable, todaysWins, winField } from './support/app';
import { quoted } from '../../src/domain/quoted';

test('the reframe flow saves a win marked as found in a hard day, and what was hard stays out of the jar', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Find the win in a hard day, step by step' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find the win in a hard day' })).toBeVisible();

  await page.getByRole('textbox', { name: 'What was hard today?' }).fill('The meeting went badly and I cried after');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'I rested when I needed to' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const win = page.getByRole('textbox', { name: 'Your small win' });
  await expect(win).toHaveValue('I rested when I needed to');
  await win.fill('I rested after the meeting instead of pushing through');
  await expect(page.getByRole('checkbox', { name: 'Show what was hard too, when this win comes out of the jar' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Save this win' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'There it is' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to Today' }).click();
  const card = todaysWins(page).getByRole('listitem').filter({ hasText: 'I rested after the meeting instead of pushing through' });
  await expect(card.getByText('Found in a hard day')).toBeVisible();

  await navLink(page, 'Jar').click();
  await page.getByRole('button', { name: 'Pull a win', exact: true }).click();
  const pulled = page.getByRole('article');
  await expect(pulled).toContainText('I rested after the meeting instead of pushing through');
  await expect(pulled).not.toContainText('The meeting went badly');

  // Saved, the answers are not kept for next time.
  await page.goto('/reframe');
  await expect(page.getByRole('textbox', { name: 'What was hard today?' })).toHaveValue('');
  await expect(page.getByText('Picking up where you left off.')).toHaveCount(0);
});

test('the reframe flow keeps every answer through a reload and the lock, and can start afresh', async ({ page }) => {
  await lockTheApp(page);
  await page.getByLabel('Passcode', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Within the app: opening it afresh would lock it again.
  await page.getByRole('link', { name: 'Find the win in a hard day, step by step' }).click();
  await page.getByRole('textbox', { name: 'What was hard today?' }).fill('The phone call with my landlord');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('textbox', { name: 'What did you do anyway?' }).fill('I said what I needed calmly');
  // Reload only once the answer has reached the database, as it does while typing: a reload
  // within the write's few milliseconds would abort it, which no typing hand is quick enough for.
  await expect
    .poll(async () => (await readTable<{ key: string; reframe?: { anyway: string } }>(page, 'drafts')).find((row) => row.key === 'reframe')?.reframe?.anyway)
    .toBe('I said what I needed calmly');

  await page.reload();
  // Behind the lock, the answers stay out of sight; after it, they are all there.
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal is resting' })).toBeVisible();
  await expect(page.getByText('I said what I needed calmly')).toHaveCount(0);
  await page.getByLabel('Passcode', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Picking up where you left off.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What did you do anyway?' })).toHaveValue('I said what I needed calmly');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  // The field picked up again takes focus with the caret after its words.
  await expect(page.getByRole('textbox', { name: 'What was hard today?' })).toBeFocused();
  await page.keyboard.type(' today');
  await expect(page.getByRole('textbox', { name: 'What was hard today?' })).toHaveValue('The phone call with my landlord today');

  // A win made their own stays theirs when they step back and on again.
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const win = page.getByRole('textbox', { name: 'Your small win' });
  await expect(win).toHaveValue('I said what I needed calmly');
  await win.fill('I said what I needed, calmly, to my landlord');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(win).toHaveValue('I said what I needed, calmly, to my landlord');

  await page.getByRole('button', { name: 'Start afresh' }).click();
  const hard = page.getByRole('textbox', { name: 'What was hard today?' });
  await expect(hard).toHaveValue('');
  await expect(hard).toBeFocused();
  await page.reload();
  await page.getByLabel('Passcode', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('textbox', { name: 'What was hard today?' })).toHaveValue('');
  await expect(page.getByText('Picking up where you left off.')).toHaveCount(0);
});

test('writing that today was bad offers the reframe flow', async ({ page }) => {
  await page.goto('/');
  await winField(page).fill('honestly a really bad day');
  const offer = page.getByRole('link', { name: 'Want help finding the win in it?' });
  await expectThemedTappableLink(page, offer);
  await offer.click();
  await expect(page).toHaveURL(/\/reframe$/);
});

test('the prompt of the day stays the same on reload, and another can be shown', async ({ page }) => {
  await page.goto('/');
  const prompt = page.locator('.composer-prompt');
  await expect(prompt).not.toHaveText('\u00a0');
  const first = await prompt.textContent();
  await page.reload();
  await expect(prompt).toHaveText(first ?? '');
  await page.getByRole('button', { name: 'Another prompt' }).click();
  await expect(prompt).not.toHaveText(first ?? '');
});

test('a prompt chosen from the library to write about is the one on Today for the rest of the day', async ({ page }) => {
  await page.goto('/more');
  await page.getByRole('button', { name: 'Edit prompts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Your prompts' });
  const chosen = await sheet.getByRole('textbox', { name: 'Prompt 4', exact: true }).inputValue();
  await sheet.getByRole('button', { name: `Write about this: ${quoted(chosen)}` }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(sheet).toBeHidden();
  await expect(page.locator('.composer-prompt')).toHaveText(chosen);
  await expect(winField(page)).toBeFocused();
  await page.reload();
  await expect(page.locator('.composer-prompt')).toHaveText(chosen);
});

test('the mindful pause shortcut logs one small thing into today', async ({ page }) => {
  await page.goto('/pause');
  await page.getByRole('textbox', { name: 'One small thing so far today' }).fill('Drank water and stretched');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Kept: “Drank water and stretched”/)).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(todaysWins(page).getByText('Drank water and stretched', { exact: true })).toBeVisible();
});

test('an affirmation of the person’s own shows in “Say it to yourself”', async ({ page }) => {
  await page.goto('/more');
  await page.getByRole('button', { name: 'Edit kind words' }).click();
  const sheet = page.getByRole('dialog', { name: 'Your kind words' });
  // count() does not wait: the list must have arrived before the kind words are counted.
  await expect(sheet.getByRole('textbox', { name: 'Kind word 1', exact: true })).toBeVisible();
  // Hide every kind word that came with the app, one after another.
  const notHidden = sheet.getByRole('button', { name: /^Hide/, pressed: false });
  for (let left = await notHidden.count(); left > 0; left -= 1) {
    await notHidden.first().click();
    await expect(notHidden).toHaveCount(left - 1);
  }
  await sheet.getByRole('textbox', { name: 'Add a kind word of your own' }).fill('Slow is still forward.');
  await sheet.getByRole('button', { name: 'Add', exact: true }).click();
  await sheet.getByRole('button', { name: 'Done', exact: true }).click();
  await page.getByRole('link', { name: 'Say it to yourself' }).click();
  await expect(page.getByText('Slow is still forward.')).toBeVisible();
});
