import { expect, test, type Page } from '@playwright/test';
import { saveWin } from './support/app';

interface Motion {
  name: string;
  ms: number;
}

/**
 * Every animation and transition that starts, on any element, with how long it runs, read
 * from the element's computed style the moment it starts: a 0.01 ms animation that is over
 * before anyone could look is still counted, and a long one is caught at its start. Kept on
 * the test's side, so a page load does not wipe the record.
 */
async function recordMotion(page: Page): Promise<Motion[]> {
  const seen: Motion[] = [];
  await page.exposeBinding('reportMotion', (_source, name: string, ms: number) => {
    seen.push({ name, ms });
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { reportMotion: (name: string, ms: number) => void }).reportMotion;
    const longest = (list: string) =>
      Math.max(...list.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 1 : 1000)));
    document.addEventListener(
      'animationstart',
      (event) => {
        report(event.animationName, longest(getComputedStyle(event.target as Element).animationDuration));
      },
      true,
    );
    document.addEventListener(
      'transitionrun',
      (event) => {
        report(`transition of ${event.propertyName}`, longest(getComputedStyle(event.target as Element).transitionDuration));
      },
      true,
    );
  });
  return seen;
}

/** Two frames: an animation's start is told at the next frame, and a page load would lose it. */
async function letItStart(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The moments that move: the save celebration, a win out of the jar, a sheet, a reframe's end, and each tab. */
async function doEverythingThatMoves(page: Page): Promise<void> {
  await page.goto('/');
  await saveWin(page, 'Made a cup of tea');
  await expect(page.locator('.kind-word-spark')).toBeVisible();
  await page.getByRole('button', { name: 'Share “Made a cup of tea”' }).click();
  await page.getByRole('dialog', { name: 'Share this win' }).getByRole('button', { name: 'Done' }).click();
  for (const [tab, title] of [
    ['Jar', 'Your jar'],
    ['Look back', 'Your wins so far'],
    ['More', 'Settings and help'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: tab, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  await page.goto('/jar');
  await page.getByRole('button', { name: 'Pull a win' }).click();
  await expect(page.getByRole('button', { name: 'Pull another' })).toBeVisible();
  await letItStart(page);
  await page.goto('/reframe');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'I asked for help' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Save this win' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'There it is' })).toBeVisible();
  await letItStart(page);
}

test('with reduced motion, nothing on the main screens moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const motion = await recordMotion(page);
  await doEverythingThatMoves(page);
  // Nor anything started some other way (element.animate) and still running at the end.
  const running = await page.evaluate(() =>
    document.getAnimations().map((animation) => ({ name: animation.constructor.name, ms: Number(animation.effect?.getComputedTiming().duration) })),
  );
  // The celebration and the pulled card still "run", for a hundredth of a millisecond, and
  // so does every change of colour: the reduced-motion rule gives all elements 0.01 ms.
  // The test below shows the same steps do animate when motion is welcome.
  expect([...motion, ...running].filter(({ ms }) => ms >= 1)).toEqual([]);
});

test('without reduced motion, the same moments do animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const motion = await recordMotion(page);
  await doEverythingThatMoves(page);
  const moving = motion.filter(({ ms }) => ms >= 300).map(({ name }) => name);
  expect(moving).toEqual(expect.arrayContaining(['spark', 'settle', 'rise']));
});
