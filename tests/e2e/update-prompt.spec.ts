import { expect, test, type Page } from '@playwright/test';
import { saveWin, todaysWins, winField } from './support/app';
import { startReleaseServer, type ReleaseServer } from './support/release-server';
import { waitUntilControlled } from './support/service-worker';

async function tapReloadOnTheNextRelease(page: Page, release: ReleaseServer): Promise<void> {
  await page.goto(`${release.origin}/`);
  await waitUntilControlled(page);
  await saveWin(page, 'Stretched for ten minutes');

  await release.publishNextRelease();
  // Opening the app again makes the browser look for a new service worker.
  await page.reload();
  await winField(page).fill('Half-written win');
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Small Wins is ready.' });
  await expect(prompt).toBeVisible();
  // Nothing is swapped under the person's typing while they decide.
  await expect(winField(page)).toHaveValue('Half-written win');
  await expect(prompt.getByRole('button', { name: 'Later' })).toBeVisible();

  const reloaded = page.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(todaysWins(page).getByText('Stretched for ten minutes', { exact: true })).toBeVisible();
  await expect(page.getByText('A new version of Small Wins is ready.')).toHaveCount(0);
  // The new release is the one in charge now: nothing is left waiting.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? 'none'))
    .toBe('none');
}

test('a new release waits for the person to tap Reload, then takes over', async ({ page }, testInfo) => {
  // Playwright cannot reroute the browser's own fetch of a service worker script, so this
  // test serves a copy of the build from a small server of its own and changes that copy.
  const release = await startReleaseServer(testInfo.outputPath('release'));
  try {
    await tapReloadOnTheNextRelease(page, release);
  } finally {
    await release.close();
  }
});
