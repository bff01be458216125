import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { lockTheApp, saveWin, todaysWins, winField } from './support/app';
import { enlargeText } from './support/large-text';
import { quickLogWhileLocked } from './support/tour';

test('a backup saved, everything deleted, the backup brought back: every win returns', async ({ page }) => {
  await page.goto('/');
  for (const text of ['Called mum 📞', 'قلت لا بلطف', 'Walked to the shop']) {
    await winField(page).fill(text);
    await winField(page).press('Enter');
    await expect(todaysWins(page).getByText(text, { exact: true })).toBeVisible();
  }
  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup', exact: true }).click();
  const saved = await download;
  const path = await saved.path();
  expect(saved.suggestedFilename()).toMatch(/^small-wins-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText('Last backup: today.')).toBeVisible();
  // Unavailable while the file was made, yet still holding focus: it did not fall to the page.
  await expect(page.getByRole('button', { name: 'Save a backup', exact: true })).toBeFocused();

  await page.getByRole('textbox', { name: 'To go ahead, type “delete everything”' }).fill('delete everything');
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await expect(page.getByText('Everything has been deleted from this device.')).toBeVisible();

  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: await readFile(path) });
  await expect(page.getByText(/^3 wins, on .* \d{4}\. None of them are here yet\.$/)).toBeVisible();
  await page.getByRole('button', { name: /^Bring in \d+ new or newer entries$/ }).click();
  await expect(page.getByText(/^Done: \d+ entries brought in\.$/)).toBeVisible();

  await page.goto('/');
  for (const text of ['Called mum 📞', 'قلت لا بلطف', 'Walked to the shop']) {
    await expect(todaysWins(page).getByText(text, { exact: true })).toBeVisible();
  }
});

test('a file from somewhere else is refused with a clear message, and nothing changes', async ({ page }) => {
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'other-app', notes: ['<script>alert(1)</script>'] })),
  });
  await expect(page.getByRole('alert')).toHaveText(/looks like it comes from another app, not Small Wins\. Nothing was changed\. Pick a backup that Small Wins saved/);
});

test('a sealed backup opens only with its passphrase', async ({ page }) => {
  await page.goto('/');
  await winField(page).fill('Sealed away safely');
  await winField(page).press('Enter');
  await expect(todaysWins(page).getByText('Sealed away safely')).toBeVisible();
  await page.goto('/backup');
  await page.getByRole('checkbox', { name: 'Seal the backup with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await page.getByLabel('The same passphrase again').fill('correct horse battery');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a sealed backup' }).click();
  const sealed = await readFile((await (await download).path()));
  expect(sealed.toString()).not.toContain('Sealed away safely');

  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'sealed.json', mimeType: 'application/json', buffer: sealed });
  const field = page.getByLabel('This backup is sealed. Its passphrase:');
  // Nothing typed: asked for, with no key derived, and the field still ready to type in.
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByRole('alert')).toHaveText('Type the passphrase this backup was sealed with, then press Open backup.');
  await expect(field).toBeFocused();
  await field.fill('wrong horse');
  // While it opens (the key takes a good part of a second), the chooser's button shows it cannot be used.
  const drawn = await page.evaluate(async () => {
    const label = [...document.querySelectorAll('label')].find((each) => each.textContent === 'Choose a backup file')!;
    document.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // The next task, not the next frame: on a busy machine a frame can come after the key is
    // derived and the opening is over, and the drawn state is gone before it is looked at.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { opacity: getComputedStyle(label).opacity, disabled: label.getAttribute('aria-disabled') };
  });
  expect(drawn).toEqual({ opacity: '0.6', disabled: 'true' });
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this backup');
  await field.fill('correct horse battery');
  await page.getByRole('button', { name: 'Open backup' }).click();
  // The form has gone: focus lands on what the backup holds, not on the page.
  await expect(page.getByText(/^1 win, on .* \d{4}\. It is already here\.$/)).toBeFocused();
});

test('with a lock set, a reload hides the journal until the passcode; a quick log still works', async ({ page }) => {
  await page.goto('/');
  await winField(page).fill('Private win from before');
  await winField(page).press('Enter');
  await expect(todaysWins(page).getByText('Private win from before')).toBeVisible();
  await lockTheApp(page);
  await expect(page.getByText('Private win from before')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  // A screen reader lands on where the person is; a forgotten passcode is not a dead end.
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal is resting' })).toBeFocused();
  await page.getByText('Forgot your passcode?').click();
  await expect(page.getByText(/If you have a backup, you can start again/)).toBeVisible();

  await page.getByRole('textbox', { name: 'Write a new win' }).fill('Logged while locked');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved, and kept out of sight until you unlock.')).toBeVisible();
  await expect(page.getByText('Private win from before')).toHaveCount(0);

  await page.getByLabel('Passcode').fill('1111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That passcode does not match.', { exact: false })).toBeVisible();
  await page.getByLabel('Passcode').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(todaysWins(page).getByText('Private win from before')).toBeVisible();
  await expect(todaysWins(page).getByText('Logged while locked')).toBeVisible();
  // The Unlock button went with the lock screen; focus did not fall to the page itself.
  await expect(page.locator('body')).not.toBeFocused();
});

/** Starts noting every layout shift from now on; the returned function reads them. */
async function watchShifts(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({ type: 'layout-shift' });
  });
  return () => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
}

test('the Backups screen arrives whole: its first panel’s readings push nothing down', async ({ page }) => {
  await page.goto('/');
  await saveWin(page, 'Planted bulbs');
  await page.goto('/more');
  const shifts = await watchShifts(page);
  await page.getByRole('link', { name: 'Backups and your data' }).click();
  await expect(page.getByText('Last backup: none yet.')).toBeVisible();
  await expect(page.getByText(/^Small Wins uses about .* MB on this device\.$/)).toBeVisible();
  await page.waitForTimeout(300);
  expect(await shifts()).toEqual([]);
});

test('a backup due is the first thing on More, and its arrival moves nothing there', async ({ page }) => {
  // A backup saved 40 days ago, brought into this empty device, counts as the last backup.
  const saved = Date.now() - 40 * 24 * 60 * 60 * 1000;
  await page.goto('/');
  await saveWin(page, 'Planted bulbs');
  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup', exact: true }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { exportedAt: string };
  file.exportedAt = new Date(saved).toISOString();
  await page.getByRole('textbox', { name: 'To go ahead, type “delete everything”' }).fill('delete everything');
  await page.getByRole('button', { name: 'Delete everything on this device' }).click();
  await expect(page.getByText('Everything has been deleted from this device.')).toBeVisible();
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: /^Bring in/ }).click();
  await expect(page.getByText('Last backup: 40 days ago.')).toBeVisible();

  await page.goto('/');
  await expect(winField(page)).toBeVisible();
  const shifts = await watchShifts(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More', exact: true }).click();
  const nudge = page.getByRole('region', { name: 'Your last backup was 40 days ago. A fresh copy keeps your wins safe.' });
  await expect(nudge).toBeInViewport();
  // The settings below it have been read too by now: whatever was to arrive has arrived.
  await expect(page.getByText('Version', { exact: false })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await shifts()).toEqual([]);
  await nudge.getByRole('link', { name: 'Backups and your data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups and your data' })).toBeVisible();
});

test.describe('at 200 % text on a narrow phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the lock screen’s messages run in lines of words, above their button, not one word a line beside it', async ({ page }) => {
    await enlargeText(page);
    await lockTheApp(page);
    await quickLogWhileLocked(page);
    const saved = page.getByText('Saved, and kept out of sight until you unlock.');
    const form = page.locator('form').filter({ has: saved });
    const [message, whole, button] = await Promise.all([saved.boundingBox(), form.boundingBox(), form.getByRole('button', { name: 'Save' }).boundingBox()]);
    // Beside the button it was a third of the form wide; above it, nearly all of it.
    expect(message!.width).toBeGreaterThan(whole!.width * 0.6);
    expect(button!.y).toBeGreaterThan(message!.y + message!.height - 1);
  });
});
