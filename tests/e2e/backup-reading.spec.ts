import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { saveWin } from './support/app';
import { waitUntilControlled } from './support/service-worker';

/** Saves a backup from the Backup screen and hands back its bytes. */
async function saveBackup(page: Page): Promise<Buffer> {
  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup', exact: true }).click();
  return readFile(await (await download).path());
}

/** How many backup-reading workers the page starts from now on, and how many of them have ended. */
function watchWorkers(page: Page): { started: number; ended: number } {
  const seen = { started: 0, ended: 0 };
  page.on('worker', (worker: Worker) => {
    if (!/read-backup/.test(worker.url())) return;
    seen.started += 1;
    worker.on('close', () => {
      seen.ended += 1;
    });
  });
  return seen;
}

test('a backup is read in a worker, off the page, which ends once the file is read', async ({ page }) => {
  await page.goto('/');
  await saveWin(page, 'Read in the background');
  const backup = await saveBackup(page);
  const workers = watchWorkers(page);
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(page.getByText(/^1 win, on .* \d{4}\. It is already here\.$/)).toBeVisible();
  expect(workers.started).toBe(1);
  // A worker left running would hold the whole file in memory for nothing.
  await expect.poll(() => workers.ended).toBe(1);
});

test('without a connection, a backup is still read in its worker, from the app’s own copy', async ({ page, context }) => {
  await page.goto('/');
  await saveWin(page, 'Brought back offline');
  const backup = await saveBackup(page);
  await waitUntilControlled(page);
  await context.setOffline(true);
  await page.reload();
  const workers = watchWorkers(page);
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(page.getByText(/^1 win, on .* \d{4}\. It is already here\.$/)).toBeVisible();
  expect(workers.started).toBe(1);
});
