import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { markBackedUp } from '@/db/repo/backup';
import { dayOf } from '@/domain/day';
import { makeWin } from '../../support/factories';
import { renderApp } from '../../support/render-app';

const DAY_MS = 24 * 60 * 60 * 1000;

// The screen's code is loaded on demand; the first load (and its transform) can outlast a find's second.
beforeAll(() => import('@/features/more/more-screen'));

/** Wins written `daysAgo` days ago, on the day they were written. */
async function winsWritten(count: number, daysAgo: number) {
  const createdAt = Date.now() - daysAgo * DAY_MS;
  const day = dayOf(new Date(createdAt), 0);
  await db.wins.bulkAdd(Array.from({ length: count }, (_, index) => makeWin({ day, createdAt: createdAt + index })));
}

async function backupsLink() {
  renderApp('/more');
  // The entry in "Your wins stay on this device", always there.
  const panel = await screen.findByRole('region', { name: 'Your wins stay on this device' });
  return within(panel).getByRole('link', { name: 'Backups and your data' });
}

/** The nudge, a panel named by its one line, with its way to the Backups screen. */
async function nudge(line: string) {
  const panel = await screen.findByRole('region', { name: line });
  return { panel, link: within(panel).getByRole('link', { name: 'Backups and your data' }) };
}

describe('the More screen’s entry for backups', () => {
  it('says gently when there has never been a backup and the first win is a month old', async () => {
    await winsWritten(3, 31);
    await backupsLink();
    const { link } = await nudge('No backup yet. A copy kept off this device keeps your wins safe.');
    expect(link).toHaveAttribute('href', '/backup');
  });

  it('comes first on More, before the settings, where a phone shows it without scrolling', async () => {
    await winsWritten(3, 31);
    await backupsLink();
    const { panel } = await nudge('No backup yet. A copy kept off this device keeps your wins safe.');
    const heading = screen.getByRole('heading', { level: 1, name: 'Settings and help' });
    const settings = screen.getByRole('heading', { level: 2, name: 'Settings' });
    expect(heading.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(panel.compareDocumentPosition(settings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Said once: not again further down.
    expect(screen.getAllByText('No backup yet. A copy kept off this device keeps your wins safe.')).toHaveLength(1);
  });

  it('says how long ago the last backup was, once it is 30 days or more', async () => {
    await winsWritten(2, 45);
    await markBackedUp(Date.now() - 40 * DAY_MS);
    await backupsLink();
    expect((await nudge('Your last backup was 40 days ago. A fresh copy keeps your wins safe.')).panel).toBeVisible();
  });

  it('speaks up after 100 new wins, even when the last backup was recent', async () => {
    await markBackedUp(Date.now() - 2 * DAY_MS);
    await winsWritten(100, 1);
    await backupsLink();
    expect((await nudge('Lots of new wins since your last backup. A fresh copy keeps your wins safe.')).panel).toBeVisible();
  });

  it('stays quiet while a backup is not due', async () => {
    await winsWritten(99, 1);
    await markBackedUp(Date.now() - 2 * DAY_MS);
    const link = await backupsLink();
    // The entry reads the status after it first paints: give it the time to say anything.
    await screen.findByText(/Small Wins uses about|This browser/);
    expect(screen.queryByText(/backup/i, { selector: 'p' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Backups and your data' })).toEqual([link]);
  });

  it('never brings it up on Today', async () => {
    await winsWritten(3, 31);
    renderApp('/');
    expect(await screen.findByRole('textbox', { name: 'Your win' })).toBeVisible();
    expect(screen.queryByText(/backup/i)).not.toBeInTheDocument();
  });
});
