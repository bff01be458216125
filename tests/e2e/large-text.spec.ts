import { expect, test } from '@playwright/test';
import { enlargeText, largeTextProblems } from './support/large-text';
import { quickLogWhileLocked, reframeSteps, screens, seedHistory, sheets, type Stop } from './support/tour';
import { lockTheApp } from './support/app';

// 200 % text, the size WCAG asks to work, on the Pixel 7 viewport (412 px wide).

async function problemsAtEveryStop(page: Parameters<Stop['visit']>[0], stops: readonly Stop[]): Promise<string[]> {
  const found: string[] = [];
  for (const stop of stops) {
    await stop.visit(page);
    found.push(...(await largeTextProblems(page)).map((problem) => `${stop.name}: ${problem}`));
  }
  return found;
}

test.beforeEach(async ({ page }) => {
  await enlargeText(page);
});

test('at 200 % text, every screen fits the phone and keeps its controls whole', async ({ page }) => {
  test.setTimeout(45_000);
  await seedHistory(page);
  expect(await problemsAtEveryStop(page, screens)).toEqual([]);
});

test('at 200 % text, every sheet, dialog, reframe step and the lock screen fit the phone', async ({ page }) => {
  test.setTimeout(45_000);
  await seedHistory(page);
  const found = await problemsAtEveryStop(page, [...sheets, ...reframeSteps]);
  await lockTheApp(page);
  await quickLogWhileLocked(page);
  found.push(...(await largeTextProblems(page)).map((problem) => `Lock screen: ${problem}`));
  expect(found).toEqual([]);
});
