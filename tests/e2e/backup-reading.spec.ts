import { readFile } from 'node:fs/promises';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { navLink, saveWin, todaysWins } from './support/app';
import { waitUntilControlled } from './support/service-worker';

/** Saves a backup from the Backup screen and hands back its bytes. */
async function saveBackup(page: Page): Promise<Buffer> {
  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup', exact: true }).click();
  return readFile(await (await download).path());
}

/** How many backup workers the page starts from now on, and how many of them have ended. */
function watchWorkers(page: Page): { started: number; ended: number } {
  const seen = { started: 0, ended: 0 };
  page.on('worker', (worker: Worker) => {
    if (!/backup\.worker/.test(worker.url())) return;
    seen.started += 1;
    worker.on('close', () => {
      seen.ended += 1;
    });
  });
  return seen;
}

/** The backup with one more win in it, one this device has never held. */
function withAnotherWin(backup: Buffer, text: string): Buffer {
  const file = JSON.parse(backup.toString('utf8')) as { data: { wins: Record<string, unknown>[] } };
  const [first] = file.data.wins;
  file.data.wins.push({ ...first, id: crypto.randomUUID(), text });
  return Buffer.from(JSON.stringify(file));
}

test('a backup is made, then read, checked and brought in, by workers off the page that end with their job', async ({ page }) => {
  await page.goto('/');
  await saveWin(page, 'Read in the background');
  const workers = watchWorkers(page);
  const backup = withAnotherWin(await saveBackup(page), 'Came in from the file');
  expect(workers.started).toBe(1);
  await expect.poll(() => workers.ended).toBe(1);
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(page.getByText(/^2 wins, on .* \d{4}\. 1 of them is already here\.$/)).toBeVisible();
  expect(workers.started).toBe(2);
  // The checked file waits in its worker for the person's word, not on the page.
  expect(workers.ended).toBe(1);
  await page.getByRole('button', { name: 'Bring in 1 new or newer entry' }).click();
  await expect(page.getByText('Done: 1 entry brought in.')).toBeVisible();
  // A worker left running would hold the whole file in memory for nothing.
  await expect.poll(() => workers.ended).toBe(2);
  await navLink(page, 'Today').click();
  await expect(todaysWins(page).getByText('Came in from the file')).toBeVisible();
  expect(workers.started).toBe(2);
});

/** Whether the service worker has kept a copy of the backup worker, as it does once the worker is first used. */
function backupWorkerKept(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const kept = await (await caches.open('backup-worker')).keys();
    return kept.some((request) => /\/assets\/backup\.worker-/.test(request.url));
  });
}

test('without a connection, a backup is still read in its worker, from the copy kept when it was first used', async ({ page, context }) => {
  await page.goto('/');
  await saveWin(page, 'Brought back offline');
  await waitUntilControlled(page);
  // Not fetched with the app on the first visit: kept once a backup first needs it.
  expect(await backupWorkerKept(page)).toBe(false);
  const backup = await saveBackup(page);
  await expect.poll(() => backupWorkerKept(page)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  const workers = watchWorkers(page);
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(page.getByText(/^1 win, on .* \d{4}\. It is already here\.$/)).toBeVisible();
  expect(workers.started).toBe(1);
});

test('offline before the backup worker was ever needed, the page saves and reads a backup itself', async ({ page, context }) => {
  await page.goto('/');
  await saveWin(page, 'Kept without a worker');
  await waitUntilControlled(page);
  await context.setOffline(true);
  await page.reload();
  const backup = await saveBackup(page);
  expect(backup.toString('utf8')).toContain('Kept without a worker');
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(page.getByText(/^1 win, on .* \d{4}\. It is already here\.$/)).toBeVisible();
  expect(await backupWorkerKept(page)).toBe(false);
});
