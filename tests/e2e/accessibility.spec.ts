import { devices, expect, test } from '@playwright/test';
import { axeAtEveryStop, axeInBothSchemes } from './support/axe';
import { startReleaseServer } from './support/release-server';
import { waitUntilControlled } from './support/service-worker';
import { quickLogWhileLocked, reframeSteps, screens, seedHistory, sheets } from './support/tour';
import { lockTheApp, saveWin } from './support/app';

// axe-core, light and dark, on every screen, step, sheet and notice. Split so each test stays short.
// 200 % text: large-text.spec.ts. Focus: focus.spec.ts. Reduced motion: reduced-motion.spec.ts.

test('every screen passes axe, light and dark', async ({ page }) => {
  test.setTimeout(60_000);
  await seedHistory(page);
  expect(await axeAtEveryStop(page, screens)).toEqual([]);
});

test('every sheet, dialog and later reframe step passes axe, light and dark', async ({ page }) => {
  test.setTimeout(60_000);
  await seedHistory(page);
  expect(await axeAtEveryStop(page, [...sheets, ...reframeSteps])).toEqual([]);
});

test('the lock screen and a quick log while locked pass axe, light and dark', async ({ page }) => {
  await lockTheApp(page);
  const found = await axeInBothSchemes(page, 'Lock screen');
  await quickLogWhileLocked(page);
  found.push(...(await axeInBothSchemes(page, 'Quick log while locked')));
  expect(found).toEqual([]);
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: devices['iPhone 15'].userAgent });

  test('the add-to-home-screen guide passes axe, light and dark', async ({ page }) => {
    await page.goto('/more');
    await expect(page.getByText('Scroll down and tap “Add to Home Screen”.')).toBeVisible();
    expect(await axeInBothSchemes(page, 'iPhone install guide')).toEqual([]);
  });

  test('the home-screen offer on Today, after the day’s first win, passes axe, light and dark', async ({ page }) => {
    await page.goto('/');
    await saveWin(page, 'Opened the window');
    await expect(page.getByRole('region', { name: 'Keep Small Wins on your home screen' }).getByRole('link', { name: 'Show me how' })).toBeVisible();
    expect(await axeInBothSchemes(page, 'Home-screen offer on Today')).toEqual([]);
  });
});

test('the storage problem notice passes axe, light and dark', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  await page.goto('/');
  await expect(page.getByRole('alertdialog', { name: 'This browser is not letting Small Wins save' })).toBeVisible();
  expect(await axeInBothSchemes(page, 'Storage problem')).toEqual([]);
});

test('the new-version notice passes axe, light and dark', async ({ page }, testInfo) => {
  // A release of its own to update, as in update-prompt.spec.ts.
  const release = await startReleaseServer(testInfo.outputPath('release'));
  try {
    await page.goto(`${release.origin}/`);
    await waitUntilControlled(page);
    await release.publishNextRelease();
    await page.reload();
    await expect(page.getByText('A new version of Small Wins is ready.')).toBeVisible();
    expect(await axeInBothSchemes(page, 'New version notice')).toEqual([]);
  } finally {
    await release.close();
  }
});
