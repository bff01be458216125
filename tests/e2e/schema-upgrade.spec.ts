import { expect, test } from '@playwright/test';
import { saveWin, winField } from './support/app';

test('a tab left open asks to be reloaded when another tab upgrades the database', async ({ page, context }) => {
  await page.goto('/');
  await saveWin(page, 'Slept through the night');

  // Another tab of the same site, running a newer release: it opens the database at a higher version.
  // It loads a plain file from the site, not the app, so only the raw upgrade touches the database.
  const newerTab = await context.newPage();
  await newerTab.goto('/manifest.webmanifest');
  const upgrade = await newerTab.evaluate(async () => {
    const current = (await indexedDB.databases()).find((database) => database.name === 'small-wins')?.version;
    if (current === undefined) throw new Error('The app has not created its database');
    const wanted = current + 10;
    let blocked = false;
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('small-wins', wanted);
      request.onblocked = () => {
        blocked = true;
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
      request.onsuccess = () => {
        const database = request.result;
        database.close();
        resolve(database.version);
      };
    });
    return { current, wanted, upgraded, blocked };
  });
  expect(upgrade.upgraded).toBe(upgrade.wanted);
  expect(upgrade.blocked, 'the open tab should step aside for the upgrade, not block it').toBe(false);

  await page.bringToFront();
  const prompt = page.getByRole('alertdialog', { name: 'Small Wins was updated in another tab' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('Your wins are safe');
  await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The stale tab no longer offers the win field, so nothing can be typed into a closed database.
  await expect(winField(page)).toHaveCount(0);
});
