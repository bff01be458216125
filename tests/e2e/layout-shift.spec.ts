import { expect, test, type Page } from '@playwright/test';
import { saveWin } from './support/app';

/** Counts every layout shift not caused by the person's own input, from before the first paint. */
async function watchLayoutShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));
}

/** A first visit that held still, then a win saved and Today opened again: that must hold still too. */
async function saveThenReopenStill(page: Page, total: () => Promise<number>): Promise<void> {
  await expect(page.getByText(/Nothing written yet/)).toBeVisible();
  expect(await total()).toBeLessThan(0.01);
  await saveWin(page, 'Made tea');
  await page.reload();
  await expect(page.getByText('Made tea', { exact: true }).first()).toBeVisible();
  expect(await total()).toBeLessThan(0.01);
}

test('Today loads without its layout jumping, first visit and with wins stored', async ({ page }) => {
  const total = await watchLayoutShifts(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Got out of bed', exact: true })).toBeVisible();
  await saveThenReopenStill(page, total);
});

// The notes above the field come at these hours; each used to arrive after the first paint and
// push the field down. The page's clock is set (the browser's own time zone, as the app reads it).
const moments = [
  { name: 'in the evening', at: '2026-11-25T20:30:00', note: /The evening is a good moment/ },
  { name: 'before the day starts', at: '2026-11-26T02:00:00', note: /It is before 4 am/ },
];

for (const { name, at, note } of moments) {
  test(`Today loads without its layout jumping ${name}, with its note there from the first paint`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(at));
    const total = await watchLayoutShifts(page);
    // A slower phone, so the database answers well after the first paint, as it does there.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/');
    await expect(page.getByText(note)).toBeVisible();
    await saveThenReopenStill(page, total);
  });
}
