import { expect, test, type Locator, type Page } from '@playwright/test';
import { todaysWins, winField } from './support/app';

// The three moments the app must nail, with a keyboard and nothing else: no clicks, no taps.

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tabbing never reached the control.');
}

declare global {
  interface Window {
    installPrompted?: boolean;
  }
}

/**
 * Chromium offers installation with beforeinstallprompt once it decides the app qualifies; a
 * test browser never decides that, so the page gets the event the browser would send.
 */
async function offerInstall(page: Page): Promise<void> {
  await page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: () => {
        window.installPrompted = true;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome: 'accepted' }),
    });
    window.dispatchEvent(offer);
  });
}

test('installing: the browser’s install offer is a button reached and pressed from the keyboard', async ({ page }) => {
  await page.goto('/more');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await offerInstall(page);
  const install = page.getByRole('button', { name: 'Install app', exact: true });
  await tabTo(page, install);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.installPrompted)).toBe(true);
  // Once the person has said yes, there is nothing left to offer.
  await expect(install).toHaveCount(0);
});

test('installing from Today: after the day’s first win, the offer waits at the end of the screen for the keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(winField(page)).toBeFocused();
  await offerInstall(page);
  const offer = page.getByRole('region', { name: 'Keep Small Wins on your home screen' });
  await expect(offer).toHaveCount(0);
  await page.keyboard.type('Opened the window');
  await page.keyboard.press('Enter');
  await expect(todaysWins(page).getByText('Opened the window', { exact: true })).toBeVisible();
  await tabTo(page, offer.getByRole('button', { name: 'Install app', exact: true }));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.installPrompted)).toBe(true);
  await expect(offer).toHaveCount(0);
  // The card took the button with it: focus is on the screen, not dropped to the page.
  await expect(page.getByRole('main')).toBeFocused();
});

test('logging three wins and pulling one back on a hard day, by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(winField(page)).toBeFocused();
  const wins = ['Made my bed', 'Answered one email', 'Sat in the sun for a minute'];
  for (const win of wins) {
    await page.keyboard.type(win);
    await page.keyboard.press('Enter');
    await expect(todaysWins(page).getByText(win, { exact: true })).toBeVisible();
    // The field is ready for the next one without reaching for it.
    await expect(winField(page)).toBeFocused();
  }

  // The hard-day way in sits above the field: back up to it.
  await tabTo(page, page.getByRole('link', { name: 'Having a hard day? Pull a win from the jar' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'You have done hard things before' })).toBeVisible();
  const card = page.getByRole('article');
  await expect(card).toBeVisible();
  const first = await card.getAttribute('aria-labelledby');

  await tabTo(page, card.getByRole('button', { name: 'Pull another', exact: true }));
  await page.keyboard.press('Enter');
  await expect(card).not.toHaveAttribute('aria-labelledby', first ?? '');
  // Focus stays where the keyboard was, on the new card's "Pull another".
  await expect(card.getByRole('button', { name: 'Pull another', exact: true })).toBeFocused();
  const pulled = await card.getByRole('paragraph').allTextContents();
  expect(pulled.some((text) => wins.includes(text))).toBe(true);

  // Put back, the card goes, and a way to pull again takes its place and the focus.
  await tabTo(page, card.getByRole('button', { name: 'Put it back', exact: true }));
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pull a win', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Pull another', exact: true })).toBeFocused();
});

test('choosing a backup file: Tab reaches the picker, and the button it is drawn as shows the focus ring', async ({ page }) => {
  await page.goto('/backup');
  await expect(page.getByRole('heading', { level: 1, name: 'Backups and your data' })).toBeVisible();
  // The input itself is a visually hidden pixel; what a person sees is its label, drawn as a button.
  const picker = page.getByLabel('Choose a backup file');
  const drawn = page.locator('label', { hasText: 'Choose a backup file' });
  await expect(drawn).toHaveCSS('outline-style', 'none');
  await tabTo(page, picker);
  const focusColour = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'var(--focus)';
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  await expect(drawn).toHaveCSS('outline', `${focusColour} solid 3px`);
});
