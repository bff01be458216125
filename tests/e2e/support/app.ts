import { expect, type Locator, type Page } from '@playwright/test';

/** The field a person types a win into, on Today. */
export function winField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Your win', exact: true });
}

/** The list of today's wins. */
export function todaysWins(page: Page): Locator {
  return page.getByRole('region', { name: 'Today’s wins', exact: true });
}

/** Writes a win on Today, taps Save and waits until it is listed. */
export async function saveWin(page: Page, text: string): Promise<void> {
  await winField(page).fill(text);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(todaysWins(page).getByText(text, { exact: true })).toBeVisible();
  await expect(winField(page)).toHaveValue('');
}

type Tab = 'Today' | 'Jar' | 'Look back' | 'More';

/** The bottom navigation's links, as a person taps them. */
export function navLink(page: Page, name: Tab): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
}

function screenTitle(page: Page): Locator {
  return page.getByRole('main').getByRole('heading', { level: 1 });
}

export interface Screen {
  path: string;
  /** The tab the screen belongs to. */
  tab: Tab;
  /** What shows the screen has loaded: the win field on Today, otherwise the screen's title. */
  shows: (page: Page) => Locator;
}

/** Every address the app answers, including the home-screen shortcuts' /log and /jar/pull. */
export const screens: readonly Screen[] = [
  { path: '/', tab: 'Today', shows: winField },
  { path: '/log', tab: 'Today', shows: winField },
  { path: '/jar', tab: 'Jar', shows: screenTitle },
  { path: '/jar/pull', tab: 'Jar', shows: screenTitle },
  { path: '/look-back', tab: 'Look back', shows: screenTitle },
  { path: '/more', tab: 'More', shows: screenTitle },
];

/** Waits until the screen has loaded, with its tab marked as the current one and no problem shown in its place. */
export async function expectScreen(page: Page, screen: Screen): Promise<void> {
  await expect(screen.shows(page)).toBeVisible();
  await expect(navLink(page, screen.tab)).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
}

/** The screen at an address. */
export function screenAt(path: string): Screen {
  const screen = screens.find((candidate) => candidate.path === path);
  if (!screen) throw new Error(`No screen is known at ${path}`);
  return screen;
}

/** On Goals: a new goal with one step, checked off (which logs a win). */
export async function addGoalWithStepDone(page: Page, goal: string, step: string): Promise<void> {
  await page.goto('/goals');
  await page.getByRole('textbox', { name: 'A goal, in a few words' }).fill(goal);
  await page.getByRole('button', { name: 'Add goal' }).click();
  const toward = goal.charAt(0).toLowerCase() + goal.slice(1);
  await page.getByRole('textbox', { name: `Add a step toward ${toward}` }).fill(step);
  await page.getByRole('button', { name: 'Add step' }).click();
  // The box follows the database, a moment after the tap, so check() would look too soon.
  await page.getByRole('checkbox', { name: step }).click();
  await expect(page.getByRole('checkbox', { name: step })).toBeChecked();
}

/** Sets a passcode in Backups, then opens the app again: the lock screen. */
export async function lockTheApp(page: Page): Promise<void> {
  await page.goto('/backup');
  await page.getByLabel('New passcode').fill('2468');
  await page.getByLabel('The same passcode again').fill('2468');
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  // The form it was set in has given way to the one that turns it off: the news holds focus.
  await expect(page.getByText('The lock is on.')).toBeFocused();
  // The lock applies when the app opens.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal is resting' })).toBeVisible();
}

/** The colour a theme token resolves to in the page as it is now, as getComputedStyle writes colours. */
async function tokenColour(page: Page, token: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = `var(${name})`;
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, token);
}

/** A link in the theme's accent, light and dark (not the browser's blue), and at least 44 px tall to tap. */
export async function expectThemedTappableLink(page: Page, link: Locator): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(link, `${colorScheme}: in the theme's accent`).toHaveCSS('color', await tokenColour(page, '--accent'));
  }
  await page.emulateMedia({ colorScheme: null });
  expect((await link.boundingBox())?.height ?? 0, 'tall enough to tap').toBeGreaterThanOrEqual(44);
}

/** Every row of a table, read straight from IndexedDB as the app left it. */
export function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('small-wins');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const request = database.transaction(name).objectStore(name).getAll();
    const rows = await new Promise<unknown[]>((resolve) => (request.onsuccess = () => resolve(request.result)));
    database.close();
    return rows;
  }, table) as Promise<T[]>;
}
