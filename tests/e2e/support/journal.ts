import { expect, type Page } from '@playwright/test';
import type { ExportFile } from '../../../src/domain/export-format';
import { makeWin } from '../../support/factories';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local yyyy-MM-dd of a moment, as the app counts days (they start at 4 am). */
export function dayOf(moment: number): string {
  const date = new Date(moment - 4 * 60 * 60 * 1000);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The wins the journal holds: one each on several of the days before today, and one today. */
export const journalWins = [
  { daysAgo: 0, text: 'Made tea and drank it while it was warm', why: 'A small kindness to myself', tags: ['home'] },
  { daysAgo: 1, text: 'Walked to the shop and back, even in the rain', why: 'Fresh air helps', tags: ['outside', 'walk'] },
  { daysAgo: 2, text: 'Texted Sam back instead of leaving it', why: 'Staying in touch matters', tags: ['friends'] },
  { daysAgo: 4, text: 'Used my breathing before the meeting', why: 'It steadied me', tags: ['work'] },
  { daysAgo: 9, text: 'Opened the curtains on a heavy morning', why: 'Light helps', tags: ['home'] },
] as const;

/**
 * A journal with something on every screen: wins over several days with a why, tags and values,
 * two values, a goal with a step done and a slip in the jar. Brought in as a person would, from
 * a backup on Backups and your data: one step, however much it holds.
 */
export async function seedJournal(page: Page): Promise<void> {
  const now = Date.now();
  const kindness = 'value-kindness';
  const rest = 'value-rest';
  const wins = journalWins.map((win, index) => {
    const at = now - win.daysAgo * DAY_MS;
    // A backup holds no search words: the import works them out again.
    const { searchWords: _, ...row } = makeWin({
      id: `win-${index}`,
      text: win.text,
      why: win.why,
      tags: [...win.tags],
      day: dayOf(at),
      createdAt: at,
      updatedAt: at,
      valueIds: index % 2 === 0 ? [kindness, rest] : [kindness],
    });
    return row;
  });
  const listRow = (id: string, text: string, order: number) => ({ id, text, hidden: 0 as const, builtIn: 0 as const, order, createdAt: now, updatedAt: now });
  const file: ExportFile = {
    format: 'small-wins-export',
    version: 2,
    exportedAt: new Date(now).toISOString(),
    data: {
      wins,
      slips: [{ id: 'slip-0', text: 'Jo said I am good company', why: '', tags: [], createdAt: now, updatedAt: now, deletedAt: null, favourite: 0 }],
      quickPicks: [],
      prompts: [],
      affirmations: [],
      values: [listRow(kindness, 'Kindness', 0), listRow(rest, 'Rest', 1)],
      goals: [{ id: 'goal-0', title: 'A calmer morning', status: 'active', order: 0, createdAt: now, updatedAt: now }],
      goalSteps: [
        { id: 'step-0', goalId: 'goal-0', text: 'Opened the window', order: 0, doneAt: now, winId: null, createdAt: now, updatedAt: now },
        { id: 'step-1', goalId: 'goal-0', text: 'Five slow breaths', order: 1, doneAt: null, winId: null, createdAt: now, updatedAt: now },
      ],
      settings: { dayStartsAtHour: 4, weeklyRhythm: null, changedAt: { dayStartsAtHour: null, weeklyRhythm: null } },
      jar: { drawn: [], lastDrawnId: null },
    },
  };
  await page.goto('/backup');
  await page
    .getByLabel('Choose a backup file')
    .setInputFiles({ name: 'journal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: /^Bring in/ }).click();
  await expect(page.getByText(/^Done: \d+ entries brought in\.$/)).toBeVisible();
}
