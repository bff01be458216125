import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveWin, todaysWins } from './support/app';
import { dayOf, journalWins, seedJournal } from './support/journal';

/**
 * Counts every layout shift not caused by the person's own input, from before the first paint.
 * `evenAfterInput` counts those too, for a load with nothing tapped: Chromium marks shifts within
 * half a second of the last tap as the person's own, and the tap that brought a journal in on
 * the page before still counted on the next page, which then passed with a shift of 0.05.
 */
async function watchLayoutShifts(page: Page, { evenAfterInput = false } = {}): Promise<() => Promise<number>> {
  await page.addInitScript((countAll) => {
    const shifts: number[] = [];
    const count = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (countAll || !entry.hadRecentInput) shifts.push(entry.value);
      }
    };
    const observer = new PerformanceObserver((list) => count(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Once the frame after what was awaited has been drawn, with any shift it made not yet handed over.
    const total = () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            count(observer.takeRecords());
            resolve(shifts.reduce((sum, value) => sum + value, 0));
          }),
        );
      });
    Object.assign(window, { layoutShiftTotal: total });
  }, evenAfterInput);
  return () => page.evaluate(() => (window as unknown as { layoutShiftTotal: () => Promise<number> }).layoutShiftTotal());
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

// With a journal kept, each screen reads it after its first paint on a slower phone. What the
// screen shows under what it is waiting for must wait too, or it is pushed down as the reading
// arrives (on the hard-day screen, under a finger about to tap the crisis lines).
interface JournalScreen {
  name: string;
  path: () => string;
  /** What the screen shows last, once every reading has arrived. */
  loaded: (page: Page) => Locator[];
}

const journalScreens: readonly JournalScreen[] = [
  {
    name: 'The hard-day screen',
    path: () => '/jar/pull',
    loaded: (page) => [page.getByRole('article').getByRole('button', { name: 'Pull another' }), page.getByRole('heading', { name: 'If today is more than hard' })],
  },
  {
    name: 'Values',
    path: () => '/values',
    loaded: (page) => [page.getByRole('heading', { level: 2, name: 'Rest' }), page.getByRole('heading', { name: 'Add a value' })],
  },
  {
    name: 'The jar',
    path: () => '/jar',
    loaded: (page) => [page.getByText('Six wins are in your jar.'), page.getByRole('combobox', { name: 'Pull from' })],
  },
  {
    name: 'Look back',
    path: () => '/look-back',
    loaded: (page) => [page.getByText(/^Values that showed up: /), page.getByText(journalWins[4].text)],
  },
  {
    name: 'Today',
    path: () => '/',
    loaded: (page) => [page.getByRole('button', { name: 'Rest', exact: true }), todaysWins(page).getByText(journalWins[0].text)],
  },
  {
    name: 'A day in Look back',
    path: () => `/look-back/day/${dayOf(Date.now() - 24 * 60 * 60 * 1000)}`,
    loaded: (page) => [page.getByText(journalWins[1].text), page.getByRole('link', { name: 'Back to Look back' })],
  },
];

test.describe('with a journal kept, on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { name, path, loaded } of journalScreens) {
    test(`${name} holds still from its first paint until its reading has arrived`, async ({ page }) => {
      await seedJournal(page);
      const total = await watchLayoutShifts(page, { evenAfterInput: true });
      // A slower phone, so the database answers well after the first paint, as it does there.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path());
      for (const part of loaded(page)) await expect(part).toBeVisible();
      expect(await total()).toBeLessThan(0.01);
    });
  }
});
