import { expect, test } from '@playwright/test';
import { saveWin } from './support/app';

test('Today loads without its layout jumping, first visit and with wins stored', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const total = () => page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));

  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Got out of bed', exact: true })).toBeVisible();
  await expect(page.getByText(/Nothing written yet/)).toBeVisible();
  expect(await total()).toBeLessThan(0.01);

  await saveWin(page, 'Made tea');
  await page.reload();
  await expect(page.getByText('Made tea', { exact: true }).first()).toBeVisible();
  expect(await total()).toBeLessThan(0.01);
});
