import { screen } from '@testing-library/react';
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
  return screen.findByRole('link', { name: 'Backups and your data' });
}

describe('the More screen’s entry for backups', () => {
  it('says gently when there has never been a backup and the first win is a month old', async () => {
    await winsWritten(3, 31);
    const link = await backupsLink();
    expect(await screen.findByText('No backup yet. A copy kept off this device keeps your wins safe.')).toBeVisible();
    expect(link).toHaveAccessibleDescription('No backup yet. A copy kept off this device keeps your wins safe.');
  });

  it('says how long ago the last backup was, once it is 30 days or more', async () => {
    await winsWritten(2, 45);
    await markBackedUp(Date.now() - 40 * DAY_MS);
    await backupsLink();
    expect(await screen.findByText('Your last backup was 40 days ago. A fresh copy keeps your wins safe.')).toBeVisible();
  });

  it('speaks up after 100 new wins, even when the last backup was recent', async () => {
    await markBackedUp(Date.now() - 2 * DAY_MS);
    await winsWritten(100, 1);
    await backupsLink();
    expect(await screen.findByText('Lots of new wins since your last backup. A fresh copy keeps your wins safe.')).toBeVisible();
  });

  it('stays quiet while a backup is not due', async () => {
    await winsWritten(99, 1);
    await markBackedUp(Date.now() - 2 * DAY_MS);
    const link = await backupsLink();
    // The entry reads the status after it first paints: give it the time to say anything.
    await screen.findByText(/Small Wins uses about|This browser/);
    expect(screen.queryByText(/backup/i, { selector: 'p' })).not.toBeInTheDocument();
    expect(link).not.toHaveAccessibleDescription();
  });

  it('never brings it up on Today', async () => {
    await winsWritten(3, 31);
    renderApp('/');
    expect(await screen.findByRole('textbox', { name: 'Your win' })).toBeVisible();
    expect(screen.queryByText(/backup/i)).not.toBeInTheDocument();
  });
});
