import { expect, test } from '@playwright/test';
import { expectScreen, screens, winField } from './support/app';

declare global {
  interface Window {
    largestPaints?: () => Promise<string[]>;
  }
}

test('the first visit says when the app is ready to work offline, and it is', async ({ page, context }) => {
  await page.addInitScript(() => {
    const texts: string[] = [];
    const note = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & { element: Element | null })[]) texts.push(entry.element?.textContent ?? '');
    };
    const observer = new PerformanceObserver((list) => note(list.getEntries()));
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // A paint's entry comes after the frame that painted it: let two frames pass, then take
    // whatever the observer has not handed over yet.
    window.largestPaints = async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
      note(observer.takeRecords());
      return texts;
    };
  });
  await page.goto('/');
  await expect(winField(page)).toBeVisible();

  const notice = page.getByRole('status').filter({ hasText: 'Ready to work offline' });
  await expect(notice).toBeVisible();
  // The note is smaller than what Today paints first, so it does not become the page's largest
  // paint: that stays the first screen, as a person arriving sees it.
  const largest = await page.evaluate(async () => (await window.largestPaints?.())?.at(-1));
  expect(largest).toBeTruthy();
  expect(largest).not.toMatch(/offline/);
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);

  // What the notice promises: Small Wins now opens without a connection, at any of its addresses.
  await context.setOffline(true);
  for (const screen of screens) {
    await page.goto(screen.path);
    await expectScreen(page, screen);
  }
});
