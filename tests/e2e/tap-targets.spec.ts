import { expect, test } from '@playwright/test';
import { smallTapTargets } from './support/tap-targets';
import { reframeSteps, screens, seedHistory, sheets } from './support/tour';

// Every control a thumb reaches for takes a tap at least 44 px across, on every screen and in
// every sheet: the crisis lines in a sentence on the hard-day view as much as Pull a win.

test('every control on every screen takes a tap at least 44 px across', async ({ page }) => {
  test.setTimeout(60_000);
  await seedHistory(page);
  for (const stop of screens) {
    await stop.visit(page);
    expect.soft(await smallTapTargets(page), stop.name).toEqual([]);
  }
});

test('every control in every sheet, dialog and reframe step takes a tap at least 44 px across', async ({ page }) => {
  test.setTimeout(60_000);
  await seedHistory(page);
  for (const stop of [...sheets, ...reframeSteps]) {
    await stop.visit(page);
    expect.soft(await smallTapTargets(page), stop.name).toEqual([]);
  }
});
