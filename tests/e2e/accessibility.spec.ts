import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { winField } from './support/app';

const screens = ['/', '/jar', '/jar/pull', '/look-back', '/more', '/reframe', '/pause', '/affirm', '/values', '/goals', '/backup'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in ${colorScheme} mode`, async ({ page }) => {
    test.setTimeout(60_000);
    // Reduced motion: axe reads colours at rest, not halfway through a fade.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto('/');
    // Some history, so lists, cards and pulled wins are on screen too.
    await winField(page).fill('Walked to the shop');
    await winField(page).press('Enter');
    await expect(page.getByText('Walked to the shop', { exact: true }).first()).toBeVisible();
    const violations: string[] = [];
    for (const path of screens) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      violations.push(...results.violations.map((violation) => `${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`));
    }
    expect(violations).toEqual([]);
  });
}

// 200 % text: see large-text.spec.ts.

test('with reduced motion, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await winField(page).fill('Stillness');
  await winField(page).press('Enter');
  await expect(page.locator('.win-card-new')).toBeVisible();
  await expect(page.locator('.kind-word-spark')).toBeVisible();
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('.win-card-new, .kind-word-spark')].map((element) => getComputedStyle(element).animationDuration),
  );
  expect(durations.length).toBeGreaterThan(0);
  for (const duration of durations) expect(parseFloat(duration)).toBeLessThan(0.001);
});
