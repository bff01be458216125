import { expect, type Page } from '@playwright/test';
import { addGoalWithStepDone, saveWin, todaysWins, winField } from './app';

/**
 * Every screen and sheet of the app, each reached the way a person reaches it, for the
 * checks that must hold everywhere (axe, 200 % text). A stop starts from an address, so
 * stops run in any order; they expect the history `seedHistory` writes.
 */
export interface Stop {
  name: string;
  visit: (page: Page) => Promise<void>;
}

// Long enough to wrap over several lines at 200 % text.
export const seededWin = 'Walked to the shop and back, even in the rain';

/** A win with a why and a tag, a value and a goal with a step done: lists, chips and cards have something to show. */
export async function seedHistory(page: Page): Promise<void> {
  await page.goto('/values');
  await page.getByRole('button', { name: 'Add Kindness' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kindness' })).toBeVisible();
  await addGoalWithStepDone(page, 'A calmer morning', 'Opened the window');
  await page.goto('/');
  await page.getByRole('button', { name: 'Add why it mattered, or tags' }).click();
  await page.getByRole('textbox', { name: 'Why it mattered (optional)' }).fill('Fresh air helps');
  // One tag a single long word (tags run to 40 characters): it must wrap, not widen the page.
  await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('outside, stayedoutsidelongerthanlastweekend');
  await saveWin(page, seededWin);
}

/** Opens an address and waits for the screen's title. */
async function at(page: Page, path: string, title: string): Promise<void> {
  const here = page.url().startsWith('http') ? new URL(page.url()).pathname : null;
  // Within the app, moving as its own links do: a fresh page load for each of some thirty
  // stops would double the sweep's time. The same address again loads afresh.
  if (here === null || here === path) await page.goto(path);
  else await page.evaluate((to) => history.pushState(null, '', to), path);
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
}

function onToday(open: (page: Page) => Promise<void>) {
  return async (page: Page) => {
    if (new URL(page.url()).pathname === '/') await page.goto('/');
    else await page.evaluate(() => history.pushState(null, '', '/'));
    await expect(todaysWins(page).getByText(seededWin, { exact: true })).toBeVisible();
    await open(page);
  };
}

async function openDialog(page: Page, opener: string, title: string): Promise<void> {
  await page.getByRole('button', { name: opener, exact: true }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
}

/** The screens, each at its address. */
export const screens: readonly Stop[] = [
  { name: 'Today', visit: onToday(() => Promise.resolve()) },
  ...(
    [
      ['Jar', '/jar', 'Your jar'],
      ['Hard day', '/jar/pull', 'You have done hard things before'],
      ['Look back', '/look-back', 'Your wins so far'],
      ['More', '/more', 'Settings and help'],
      ['Find the win in a hard day', '/reframe', 'Find the win in a hard day'],
      ['Mindful pause', '/pause', 'Take a breath'],
      ['Say it to yourself', '/affirm', 'Read it slowly, out loud if you can'],
      ['Values', '/values', 'What matters to you'],
      ['Goals', '/goals', 'One small step at a time'],
      ['Backups and your data', '/backup', 'Backups and your data'],
      ['Reminders', '/reminders', 'A gentle nudge, if you want one'],
      ['An address the app does not know', '/nowhere-at-all', 'This page isn’t here'],
    ] as const
  ).map(([name, path, title]) => ({ name, visit: (page: Page) => at(page, path, title) })),
  {
    name: 'A day in Look back',
    visit: async (page) => {
      await at(page, '/look-back', 'Your wins so far');
      await page.getByRole('link', { name: /, has wins$/ }).first().click();
      await expect(page.getByText(seededWin, { exact: true })).toBeVisible();
    },
  },
  {
    name: 'Text shared from another app',
    visit: async (page) => {
      await page.goto('/share?title=From%20a%20friend&text=You%20did%20well%20today');
      await expect(winField(page)).toHaveValue('From a friend\nYou did well today');
    },
  },
  {
    name: 'A win pulled from the jar',
    visit: async (page) => {
      await at(page, '/jar', 'Your jar');
      await page.getByRole('button', { name: 'Pull a win' }).click();
      await expect(page.getByRole('button', { name: 'Pull another' })).toBeVisible();
    },
  },
];

/** The later steps of finding the win in a hard day. */
export const reframeSteps: readonly Stop[] = [
  {
    name: 'Reframe, what you did anyway',
    visit: async (page) => {
      await at(page, '/reframe', 'Find the win in a hard day');
      // The flow keeps its answers: a stop before this one may have left some to pick up.
      const hard = page.getByRole('textbox', { name: 'What was hard today?' });
      const afresh = page.getByRole('button', { name: 'Start afresh' });
      await expect(hard.or(afresh).first()).toBeVisible();
      if (await afresh.isVisible()) await afresh.click();
      await hard.fill('A heavy morning');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('textbox', { name: 'What did you do anyway?' })).toBeVisible();
    },
  },
  {
    name: 'Reframe, your small win',
    visit: async (page) => {
      await reframeSteps[0]?.visit(page);
      await page.getByRole('button', { name: 'I got through it' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('checkbox', { name: 'Show what was hard too, when this win comes out of the jar' })).toBeVisible();
    },
  },
  {
    name: 'Reframe, done',
    visit: async (page) => {
      await reframeSteps[1]?.visit(page);
      await page.getByRole('button', { name: 'Save this win' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'There it is' })).toBeVisible();
    },
  },
];

/** Every sheet and dialog, open. */
/** A stop at a list editor: the screen that holds it, then the button that opens its dialog. */
function dialogStop(name: string, [path, title]: [string, string], button: string, dialog: string): Stop {
  return {
    name,
    visit: async (page) => {
      await at(page, path, title);
      await openDialog(page, button, dialog);
    },
  };
}

export const sheets: readonly Stop[] = [
  { name: 'Share one win', visit: onToday((page) => openDialog(page, `Share “${seededWin}”`, 'Share this win')) },
  {
    name: 'Share a win pulled from the jar',
    visit: async (page) => {
      await at(page, '/jar', 'Your jar');
      await page.getByRole('button', { name: 'Pull a win' }).click();
      // Either seeded win may come out; the card's one Share is for whichever it is.
      await page.getByRole('article').getByRole('button', { name: /^Share “/ }).click();
      await expect(page.getByRole('dialog', { name: 'Share this win' })).toBeVisible();
    },
  },
  {
    name: 'Win editor',
    visit: onToday(async (page) => {
      await page.getByRole('button', { name: `Edit “${seededWin}”` }).click();
      await expect(page.getByRole('form', { name: 'Edit win' })).toBeVisible();
    }),
  },
  {
    name: 'Quick picks editor',
    visit: onToday(async (page) => {
      await page.getByRole('button', { name: 'Edit quick picks' }).click();
      await expect(page.getByRole('dialog', { name: 'Your quick picks' })).toBeVisible();
    }),
  },
  dialogStop('Prompts editor', ['/more', 'Settings and help'], 'Edit prompts', 'Your prompts'),
  dialogStop('Kind words editor', ['/more', 'Settings and help'], 'Edit kind words', 'Your kind words'),
  dialogStop('Values editor', ['/values', 'What matters to you'], 'Write your own, rename, reorder or archive', 'Your values'),
  {
    name: 'Values editor, one just removed',
    visit: async (page) => {
      await at(page, '/values', 'What matters to you');
      await openDialog(page, 'Write your own, rename, reorder or archive', 'Your values');
      // One of its own, added and removed here, so the seeded value stays for every other stop.
      const sheet = page.getByRole('dialog', { name: 'Your values' });
      await sheet.getByRole('textbox', { name: 'Add a value in your own words' }).fill('Patience with myself');
      await sheet.getByRole('button', { name: 'Add', exact: true }).click();
      await sheet.getByRole('button', { name: 'Remove “Patience with myself”' }).click();
      await expect(sheet.getByRole('button', { name: 'Undo' })).toBeFocused();
    },
  },
  {
    name: 'Uncheck a goal step',
    visit: async (page) => {
      await at(page, '/goals', 'One small step at a time');
      await page.getByRole('checkbox', { name: 'Opened the window' }).click();
      await expect(page.getByRole('dialog', { name: 'Uncheck “Opened the window”?' })).toBeVisible();
    },
  },
  {
    name: 'Delete everything, confirmed',
    visit: async (page) => {
      await at(page, '/backup', 'Backups and your data');
      await page.getByRole('textbox', { name: 'To go ahead, type “delete everything”' }).fill('delete everything');
      await expect(page.getByRole('button', { name: 'Delete everything on this device' })).toBeEnabled();
    },
  },
];

/** A win written from the lock screen, with its quiet confirmation. */
export async function quickLogWhileLocked(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Write a new win' }).fill('Logged while locked');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved, and kept out of sight until you unlock.')).toBeVisible();
}
