import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveWin, todaysWins } from './support/app';
import { enlargeText } from './support/large-text';

// Opening a sheet or dialog puts focus inside it; closing it, by its own button or by
// Escape, puts focus back on the control that opened it, so nobody loses their place.

const win = 'Watered the plants';

type Close = 'its button' | 'Escape';

async function expectFocusRoundTrip(page: Page, opener: Locator, sheet: Locator, closeButton: string, how: Close): Promise<void> {
  await opener.click();
  await expect(sheet).toBeVisible();
  await expect(sheet.locator(':focus')).toHaveCount(1);
  if (how === 'Escape') await page.keyboard.press('Escape');
  else await sheet.getByRole('button', { name: closeButton, exact: true }).click();
  await expect(sheet).toBeHidden();
  await expect(opener).toBeFocused();
}

for (const how of ['its button', 'Escape'] as const) {
  test(`sheets on Today take focus and give it back when closed with ${how}`, async ({ page }) => {
    await page.goto('/');
    await saveWin(page, win);
    const card = todaysWins(page).getByRole('listitem').filter({ hasText: win });

    await expectFocusRoundTrip(
      page,
      card.getByRole('button', { name: `Share “${win}”` }),
      page.getByRole('dialog', { name: 'Share this win' }),
      'Done',
      how,
    );
    await expectFocusRoundTrip(
      page,
      page.getByRole('button', { name: 'Edit quick picks' }),
      page.getByRole('dialog', { name: 'Your quick picks' }),
      'Done',
      how,
    );
    // The win editor opens in place of the card rather than as a sheet, with the same promise.
    await expectFocusRoundTrip(
      page,
      card.getByRole('button', { name: `Edit “${win}”` }),
      page.getByRole('form', { name: 'Edit win' }),
      'Cancel',
      how,
    );
  });

  test(`the share sheet opened from the jar or a day in Look back gives focus back when closed with ${how}`, async ({ page }) => {
    await page.goto('/');
    await saveWin(page, win);
    await page.goto('/jar');
    await page.getByRole('button', { name: 'Pull a win', exact: true }).click();
    const sheet = page.getByRole('dialog', { name: 'Share this win' });
    await expectFocusRoundTrip(page, page.getByRole('article').getByRole('button', { name: `Share “${win}”` }), sheet, 'Done', how);

    await page.goto('/look-back');
    await page.getByRole('link', { name: /, has wins$/ }).first().click();
    await expectFocusRoundTrip(page, page.getByRole('button', { name: `Share “${win}”` }), sheet, 'Done', how);
  });

  test(`the list editors in More and the goal dialog give focus back when closed with ${how}`, async ({ page }) => {
    await page.goto('/more');
    await expectFocusRoundTrip(page, page.getByRole('button', { name: 'Edit prompts' }), page.getByRole('dialog', { name: 'Your prompts' }), 'Done', how);
    await expectFocusRoundTrip(
      page,
      page.getByRole('button', { name: 'Edit kind words' }),
      page.getByRole('dialog', { name: 'Your kind words' }),
      'Done',
      how,
    );

    await page.goto('/goals');
    await page.getByRole('textbox', { name: 'A goal, in a few words' }).fill('A calmer morning');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByRole('textbox', { name: 'Add a step toward a calmer morning' }).fill('Opened the window');
    await page.getByRole('button', { name: 'Add step' }).click();
    const step = page.getByRole('checkbox', { name: 'Opened the window' });
    await step.click();
    await expect(step).toBeChecked();
    await expectFocusRoundTrip(page, step, page.getByRole('dialog', { name: 'Uncheck “Opened the window”?' }), 'Leave it checked', how);
    await expect(step).toBeChecked();
  });
}

test('after a delete, Undo hands focus to the win brought back, and Dismiss to the list it left', async ({ page }) => {
  await page.goto('/');
  for (const text of ['Made tea', 'Texted my sister']) await saveWin(page, text);
  await todaysWins(page).getByRole('button', { name: 'Delete “Made tea”' }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(todaysWins(page).getByRole('button', { name: 'Edit “Made tea”' })).toBeFocused();

  await todaysWins(page).getByRole('button', { name: 'Delete “Made tea”' }).click();
  await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  await expect(todaysWins(page).getByRole('heading', { name: 'Today’s wins' })).toBeFocused();
});

test('a win put back in the jar takes its card away, and focus goes to pulling again', async ({ page }) => {
  await page.goto('/');
  await saveWin(page, win);
  for (const path of ['/jar', '/jar/pull']) {
    await page.goto(path);
    if (path === '/jar') await page.getByRole('button', { name: 'Pull a win', exact: true }).click();
    await page.getByRole('article').getByRole('button', { name: 'Put it back' }).click();
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Pull a win', exact: true }), path).toBeFocused();
  }
});

test('in the win editor, Enter saves and Escape asks before leaving changes unsaved', async ({ page }) => {
  await page.goto('/');
  await saveWin(page, 'Made tea');
  await todaysWins(page).getByRole('button', { name: 'Edit “Made tea”' }).click();
  const editor = page.getByRole('form', { name: 'Edit win' });
  const field = editor.getByRole('textbox', { name: 'Your win', exact: true });
  await expect(field).toBeFocused();
  await field.press('End');
  await page.keyboard.type(' with honey');
  await page.keyboard.press('Escape');
  await expect(editor.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Made tea with honey');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(todaysWins(page).getByText('Made tea with honey', { exact: true })).toBeVisible();
  await expect(todaysWins(page).getByRole('button', { name: 'Edit “Made tea with honey”' })).toBeFocused();
});

test('the storage problem notice puts focus on the one thing to do', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  await page.goto('/');
  const notice = page.getByRole('alertdialog', { name: 'This browser is not letting Small Wins save' });
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeFocused();
});

/**
 * Tabs through the whole page once, from the top, and names every stop where what has focus
 * sits even partly beneath the tab bar or a notice, where a keyboard user could not see it.
 */
async function focusStopsHiddenBeneathBars(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const hidden: string[] = [];
  const stops = await page.locator('a[href], button:not([disabled]), input:not([disabled]), textarea, select, [tabindex="0"]').count();
  for (let step = 0; step < stops + 2; step += 1) {
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return null;
      const bars = [...document.querySelectorAll('.bottom-nav, .notice')].filter((bar) => !bar.contains(focused));
      const box = focused.getBoundingClientRect();
      let bottom = box.bottom;
      // In a text field the browser brings the caret into view, not the whole field: the
      // line being typed on is what must be clear.
      if (focused instanceof HTMLTextAreaElement) {
        const style = getComputedStyle(focused);
        bottom = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) + parseFloat(style.lineHeight);
      }
      const under = bars.find((bar) => {
        const over = bar.getBoundingClientRect();
        return bottom > over.top + 1 && box.top < over.bottom - 1 && box.right > over.left && box.left < over.right;
      });
      if (!under) return null;
      const name = (focused.getAttribute('aria-label') ?? focused.textContent).trim().slice(0, 40) || focused.tagName;
      return `“${name}” is beneath ${under.classList.contains('notice') ? 'a notice' : 'the tab bar'}`;
    });
    if (covered) hidden.push(covered);
  }
  return hidden;
}

for (const size of ['usual', '200 %'] as const) {
  test(`a keyboard user always sees what has focus, at ${size} text: it scrolls clear of the tab bar and of a notice`, async ({ page }) => {
    if (size === '200 %') await enlargeText(page);
    await page.goto('/');
    // The first visit's "ready to work offline" note arrives when the service worker is in;
    // read and put away first, so it does not land over a stop mid-way through the walk.
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    for (const text of ['Made tea', 'Texted my sister', 'Stretched for five minutes']) await saveWin(page, text);
    expect(await focusStopsHiddenBeneathBars(page)).toEqual([]);

    // With the undo offer up, the page's lower controls must clear it too.
    await todaysWins(page).getByRole('button', { name: 'Delete “Made tea”' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await focusStopsHiddenBeneathBars(page)).toEqual([]);
  });
}
