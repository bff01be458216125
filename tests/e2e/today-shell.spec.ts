import { expect, test, type Page } from '@playwright/test';
import { navLink, winField } from './support/app';

// index.html holds a static Today shell that its inline script fills in before the first paint,
// so the day and the prompt are on screen while the app's JavaScript is still on its way.
// These tests hold the app's entry module back to look at the page before it has run.
// Service workers are blocked so that every request reaches page.route.
test.use({ serviceWorkers: 'block' });

/** Holds back the app's entry module until `release` is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

declare global {
  interface Window {
    paints?: { largest: number[]; shifts: number };
  }
}

test('Today’s day and prompt show before the app has run, and the app takes over in the same place', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 25, 12, 0));
  await page.addInitScript(() => {
    const paints = { largest: [] as number[], shifts: 0 };
    window.paints = paints;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) paints.largest.push(entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) paints.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });

  const heading = page.getByRole('heading', { level: 1, name: 'Wednesday, 25 November' });
  const prompt = page.getByRole('form', { name: 'Write a win' }).getByRole('paragraph');
  await expect(heading).toBeVisible();
  await expect(prompt).toHaveText(/\w.*\?$/);
  await expect(navLink(page, 'Today')).toHaveAttribute('aria-current', 'page');
  // Nothing to type into yet: words typed into the shell would be lost when the app replaces it.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Another prompt' })).toBeDisabled();
  const promptText = (await prompt.textContent()) ?? '';
  const shellBoxes = [await heading.boundingBox(), await prompt.boundingBox()];
  await expect.poll(() => page.evaluate(() => window.paints?.largest.length)).toBeGreaterThan(0);
  const releasedAt = await page.evaluate(() => performance.now());

  release();
  await expect(winField(page)).toBeFocused();
  const appPrompt = page.getByText(promptText, { exact: true });
  await expect(appPrompt).toBeVisible();
  await expect(page.getByRole('button', { name: 'Another prompt' })).toBeEnabled();
  expect([await heading.boundingBox(), await appPrompt.boundingBox()]).toEqual(shellBoxes);
  // The shell's paint stays the largest: the app's same-sized text makes no later one.
  const paints = await page.evaluate(() => window.paints);
  expect(Math.max(...(paints?.largest ?? []))).toBeLessThan(releasedAt);
  expect(paints?.shifts).toBeLessThan(0.01);
});

// The notes above the field at these hours are in the shell too, so the field under them is
// already where it will stay when the app arrives.
const notedMoments = [
  { name: 'in the small hours', at: new Date(2026, 10, 26, 2, 0), note: /^It is before 4 am, when your day starts, so wins you write now count for Wednesday, 25 November\./ },
  { name: 'in the evening, with no win yet today', at: new Date(2026, 10, 25, 20, 30), note: /^The evening is a good moment/ },
];

for (const { name, at, note } of notedMoments) {
  test(`${name} the shell shows the app’s note above the field, and the app keeps both in place`, async ({ page }) => {
    await page.clock.setFixedTime(at);
    const release = await holdTheApp(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const heading = page.getByRole('heading', { level: 1, name: 'Wednesday, 25 November' });
    const shellNote = page.getByText(note);
    await expect(heading).toBeVisible();
    await expect(shellNote).toBeVisible();
    const prompt = page.getByRole('form', { name: 'Write a win' }).getByRole('paragraph');
    await expect(prompt).toBeVisible();
    const shellBoxes = [await heading.boundingBox(), await shellNote.boundingBox(), await prompt.boundingBox()];

    release();
    await expect(winField(page)).toBeFocused();
    const appPrompt = page.getByText((await prompt.textContent()) ?? '', { exact: true });
    expect([await heading.boundingBox(), await page.getByText(note).boundingBox(), await appPrompt.boundingBox()]).toEqual(shellBoxes);
  });
}

test('a link to another screen shows no Today shell before that screen', async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto('/jar', { waitUntil: 'domcontentloaded' });
  // The inline script has run by now: the parser reaches it before the page is interactive.
  await expect(page.getByRole('heading')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Write a win' })).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Your jar' })).toBeVisible();
  await expect(navLink(page, 'Jar')).toHaveAttribute('aria-current', 'page');
});

test('with a lock set, the page shows nothing of the journal before the app has run, then the lock screen', async ({ page }) => {
  await page.goto('/backup');
  await page.getByLabel('New passcode').fill('2468');
  await page.getByLabel('The same passcode again').fill('2468');
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await expect(page.getByText('The lock is on.')).toBeVisible();

  const release = await holdTheApp(page);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal is resting' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
});
