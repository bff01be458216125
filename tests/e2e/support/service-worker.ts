import { expect, type Page } from '@playwright/test';

function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/**
 * Waits until the app's service worker is active, then makes sure it controls
 * the page. On a first visit it does not (the app does not claim open pages),
 * so the page is reloaded once, as a person's next visit would be.
 */
export async function waitUntilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (await isControlled(page)) return;
  await page.reload();
  await expect.poll(() => isControlled(page), { message: 'the service worker should control the page' }).toBe(true);
}
