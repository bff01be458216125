import { expect, test, type Page } from '@playwright/test';
import { readTable, todaysWins, winField } from './support/app';
import { waitUntilControlled } from './support/service-worker';

test('from a cold start, a win is saved with typing and Enter alone, and stays after a reload and offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // The field is ready on open: no tap is needed before typing.
  await expect(winField(page)).toBeFocused();
  await page.keyboard.type('Went for a 5-minute walk');
  await page.keyboard.press('Enter');
  await expect(todaysWins(page).getByText('Went for a 5-minute walk', { exact: true })).toBeVisible();
  await expect(winField(page)).toHaveValue('');
  await expect(winField(page)).toBeFocused();

  await waitUntilControlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(todaysWins(page).getByText('Went for a 5-minute walk', { exact: true })).toBeVisible();
});

/** Opens Today and waits until the field has focus, as a person waits to see the cursor. */
async function openToday(page: Page): Promise<void> {
  await page.goto('/');
  await expect(winField(page)).toBeFocused();
}

test('three wins in a row: each listed in order, each followed by a kind word', async ({ page }) => {
  await openToday(page);
  const wins = ['Got out of bed', 'Used my breathing before the call', 'Said no to an extra shift'];
  const kindWords: string[] = [];
  for (const win of wins) {
    await page.keyboard.type(win);
    await page.keyboard.press('Enter');
    await expect(todaysWins(page).getByText(win, { exact: true })).toBeVisible();
    // Screen readers hear the save and the kind word; everyone sees the kind word under the field.
    const announced = page.getByRole('status').filter({ hasText: `Saved: ${win}.` });
    await expect(announced).toBeAttached();
    const kindWord = ((await announced.textContent()) ?? '').replace(`Saved: ${win}. `, '');
    await expect(page.locator('.kind-word')).toHaveText(`✦ ${kindWord}`);
    kindWords.push(kindWord);
  }
  expect(kindWords[1]).not.toBe(kindWords[0]);
  expect(kindWords[2]).not.toBe(kindWords[1]);
  await expect(todaysWins(page).getByRole('listitem').filter({ has: page.locator('.win-text') })).toHaveText(
    wins.map((win) => new RegExp(win)),
  );
  await expect(page.getByText('You showed up for yourself today.')).toBeVisible();
});

async function storedDraft(page: Page): Promise<{ text: string; why: string } | null> {
  const drafts = await readTable<{ text: string; why: string }>(page, 'drafts');
  return drafts[0] ?? null;
}

test('a half-typed win survives a reload', async ({ page }) => {
  await page.goto('/');
  await winField(page).pressSequentially('Called the clinic and');
  await page.getByRole('button', { name: 'Add why it mattered, or tags' }).click();
  await page.getByRole('textbox', { name: 'Why it mattered (optional)' }).fill('I had put it off for weeks');
  // Reload only once the draft has reached the database, as it does while typing.
  await expect.poll(async () => (await storedDraft(page))?.why).toBe('I had put it off for weeks');
  await page.reload();
  await expect(winField(page)).toHaveValue('Called the clinic and');
  await expect(page.getByRole('textbox', { name: 'Why it mattered (optional)' })).toHaveValue('I had put it off for weeks');
});

test('back on Today with a half-typed win, what is typed next goes after it, not before', async ({ page }) => {
  await page.goto('/');
  await expect(winField(page)).toBeFocused();
  await page.keyboard.type('Walked to the');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your jar' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today', exact: true }).click();
  await expect(winField(page)).toBeFocused();
  await page.keyboard.type(' corner shop');
  await expect(winField(page)).toHaveValue('Walked to the corner shop');
});

test('closing the app the moment Enter is pressed keeps the win, saved or still in the field', async ({ page }) => {
  await page.goto('/');
  await winField(page).fill('Made tea');
  await expect.poll(async () => (await storedDraft(page))?.text).toBe('Made tea');
  await winField(page).press('Enter');
  await page.reload();
  // Whenever the reload landed, the words end up in exactly one place: the list or the field.
  const placesHoldingIt = async () =>
    (await todaysWins(page).getByText('Made tea', { exact: true }).count()) +
    ((await winField(page).inputValue()) === 'Made tea' ? 1 : 0);
  await expect(todaysWins(page).getByRole('listitem').or(page.getByText(/Nothing written yet/)).first()).toBeVisible();
  await expect.poll(placesHoldingIt).toBe(1);
});

test('delete then Undo brings the win back', async ({ page }) => {
  await openToday(page);
  await page.keyboard.type('Texted Sam back');
  await page.keyboard.press('Enter');
  const win = todaysWins(page).getByText('Texted Sam back', { exact: true });
  await expect(win).toBeVisible();

  await page.getByRole('button', { name: 'Delete “Texted Sam back”' }).click();
  await expect(win).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(win).toBeVisible();
  await page.reload();
  await expect(todaysWins(page).getByText('Texted Sam back', { exact: true })).toBeVisible();
});

test('edit a win in place', async ({ page }) => {
  await openToday(page);
  await page.keyboard.type('Made tea');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Edit “Made tea”' }).click();
  const editor = page.getByRole('form', { name: 'Edit win' });
  await editor.getByRole('textbox', { name: 'Your win' }).fill('Made tea and drank it while it was warm');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(todaysWins(page).getByText('Made tea and drank it while it was warm', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit “Made tea and drank it while it was warm”' })).toBeFocused();
});

test('at 1 am with the default 4 am start, a new win lands on the day before, and the screen says so', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(2026, 10, 26, 1, 0));
  await openToday(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wednesday, 25 November');
  await expect(page.getByText(/It is before 4 am, when your day starts/)).toBeVisible();
  await page.keyboard.type('Went to bed kindly');
  await page.keyboard.press('Enter');
  await expect(todaysWins(page).getByText('Went to bed kindly', { exact: true })).toBeVisible();
  const wins = await readTable<{ day: string }>(page, 'wins');
  expect(wins.map((win) => win.day)).toEqual(['2026-11-25']);
});

test('backfill yesterday, never a future day', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 25, 20, 0));
  await page.goto('/');
  await page.getByRole('button', { name: 'Yesterday' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuesday, 24 November');
  // Straight back up to the field, ready to type, rather than left where the button was.
  await expect(winField(page)).toBeFocused();
  await expect(winField(page)).toBeInViewport();
  await page.keyboard.type('Asked for help with the forms');
  await winField(page).press('Enter');
  await expect(
    page.getByRole('region', { name: 'Wins for Tuesday, 24 November' }).getByText('Asked for help with the forms'),
  ).toBeVisible();

  await page.getByLabel('Pick a day').fill('2026-11-30');
  await expect(page.getByText('That day has not come yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wednesday, 25 November');
  // The button went with the earlier day: focus is on the field, not dropped to the page.
  await expect(winField(page)).toBeFocused();
});

test('a quick pick fills the field to be made specific, and its ✓ saves it as it is', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Set a boundary', exact: true }).click();
  await expect(winField(page)).toHaveValue('Set a boundary ');
  await expect(winField(page)).toBeFocused();
  await page.keyboard.type('with my manager about weekends');
  await page.keyboard.press('Enter');
  await expect(todaysWins(page).getByText('Set a boundary with my manager about weekends')).toBeVisible();

  await page.getByRole('button', { name: 'Save “Took my medication” as it is' }).click();
  await expect(todaysWins(page).getByText('Took my medication', { exact: true })).toBeVisible();
});

test('the quick picks row opens with its first chip in line with the screen’s margin, not against the edge', async ({ page }) => {
  await page.goto('/');
  const first = page.getByRole('button', { name: 'Got out of bed', exact: true });
  await expect(first).toBeVisible();
  const heading = await page.getByRole('heading', { level: 2, name: 'Quick picks' }).boundingBox();
  // A moment for the row to settle where scroll snapping puts it.
  await page.waitForTimeout(300);
  expect(Math.round((await first.boundingBox())?.x ?? 0)).toBe(Math.round(heading?.x ?? -1));
});

test('words written in Arabic or Hebrew start at the right of the card, why it mattered too', async ({ page }) => {
  await page.goto('/');
  await winField(page).fill('مشيت إلى البحر');
  await page.getByRole('button', { name: 'Add why it mattered, or tags' }).click();
  await page.getByRole('textbox', { name: 'Why it mattered (optional)' }).fill('כי הרגשתי חופשי');
  await winField(page).press('Enter');
  const card = todaysWins(page).getByRole('listitem').filter({ hasText: 'مشيت إلى البحر' });
  for (const words of ['مشيت إلى البحر', 'כי הרגשתי חופשי']) {
    const paragraph = card.locator('p', { hasText: words });
    // Where the words sit in their paragraph: flush with its right edge, well away from its left.
    const gaps = await paragraph.evaluate((element, text) => {
      const node = [...element.childNodes].find((child) => child.textContent === text)!;
      const range = document.createRange();
      range.selectNodeContents(node);
      const words = range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return { left: words.left - box.left, right: box.right - words.right };
    }, words);
    expect(gaps.right).toBeLessThan(2);
    expect(gaps.left).toBeGreaterThan(40);
  }
});
