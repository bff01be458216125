import { expect, type Locator, type Page } from '@playwright/test';

/** The field a person types a win into, on Today. */
export function winField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Your win' });
}

/** The list of today's wins. */
export function todaysWins(page: Page): Locator {
  return page.getByRole('region', { name: 'Today’s wins' });
}

/** Writes a win on Today, taps Save and waits until it is listed. */
export async function saveWin(page: Page, text: string): Promise<void> {
  await winField(page).fill(text);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(todaysWins(page).getByText(text, { exact: true })).toBeVisible();
  await expect(winField(page)).toHaveValue('');
}

/** The bottom navigation's links, as a person taps them. */
export function navLink(page: Page, name: 'Today' | 'Jar' | 'Look back' | 'More'): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

/**
 * Every address the app answers, with what a person sees there once it has
 * loaded: the win field on Today, otherwise the screen's heading.
 */
export const screens: readonly { path: string; name: string; shows: (page: Page) => Locator }[] = [
  { path: '/', name: 'Today', shows: winField },
  { path: '/log', name: 'Today (Log a win shortcut)', shows: winField },
  { path: '/jar', name: 'Jar', shows: (page) => page.getByRole('heading', { level: 1, name: 'Your jar' }) },
  {
    path: '/jar/pull',
    name: 'Jar (Pull a win shortcut)',
    shows: (page) => page.getByRole('heading', { level: 1, name: 'Your jar' }),
  },
  {
    path: '/look-back',
    name: 'Look back',
    shows: (page) => page.getByRole('heading', { level: 1, name: 'Your wins so far' }),
  },
  { path: '/more', name: 'More', shows: (page) => page.getByRole('heading', { level: 1, name: 'About Small Wins' }) },
];
