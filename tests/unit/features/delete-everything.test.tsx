import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { addWin } from '@/db/repo/wins';
import { valuesRepo } from '@/db/repo/values';
import { catchDownloads } from '../../support/file-catcher';
import { dumpDatabase } from '../../support/dump-database';
import { renderApp } from '../../support/render-app';

const PROMPT_KEY = 'small-wins:prompt-of-the-day';
const confirmationField = () => screen.getByRole('textbox', { name: 'To go ahead, type “delete everything”' });
const deleteButton = () => screen.getByRole('button', { name: 'Delete everything on this device' });

// The screen's code is loaded on demand; the first load (and its transform) can outlast a find's second.
beforeAll(() => import('@/features/backup/backup-screen'));

async function somethingToLose() {
  await addWin({ text: 'Walked round the block', day: '2026-11-20' });
  await valuesRepo.add({ text: 'Patience' });
  // What Today keeps for its first paint: here a prompt the person wrote themselves.
  localStorage.setItem(PROMPT_KEY, JSON.stringify({ day: '2026-11-20', prompt: { id: 'own-1', text: 'What did I do for my garden?', theme: 'own' } }));
  const view = renderApp('/backup');
  expect(await screen.findByText('Last backup: none yet.')).toBeVisible();
  return view;
}

describe('deleting everything', () => {
  it('does nothing until the words are typed, and nothing for other words', async () => {
    const { user } = await somethingToLose();
    const before = await dumpDatabase();
    expect(deleteButton()).toBeDisabled();
    await user.type(confirmationField(), 'delete everythin{Enter}');
    expect(deleteButton()).toBeDisabled();
    await user.clear(confirmationField());
    await user.type(confirmationField(), 'delete it all{Enter}');
    expect(screen.queryByText('Everything has been deleted from this device.')).not.toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
    expect(localStorage.getItem(PROMPT_KEY)).toContain('What did I do for my garden?');
  });

  it('empties every table and the copies kept for the first paint', async () => {
    const { user } = await somethingToLose();
    await user.type(confirmationField(), ' Delete Everything ');
    await user.click(deleteButton());
    expect(await screen.findByText('Everything has been deleted from this device.')).toBeVisible();
    // The button it was tapped with is disabled now; focus waits on what happened, not on the page.
    await waitFor(() => expect(screen.getByText('Everything has been deleted from this device.')).toHaveFocus());
    const left = Object.entries(await dumpDatabase()).filter(([, rows]) => rows.length > 0);
    expect(left).toEqual([]);
    expect(localStorage.getItem(PROMPT_KEY)).toBeNull();
    expect(confirmationField()).toHaveValue('');
  });

  it('clears what the other panels last said, which spoke of what is gone', async () => {
    catchDownloads();
    const { user } = await somethingToLose();
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    expect(await screen.findByText('Backup saved. Keep it somewhere safe, off this device too.')).toBeVisible();
    await user.type(confirmationField(), 'delete everything');
    await user.click(deleteButton());
    expect(await screen.findByText('Everything has been deleted from this device.')).toBeVisible();
    expect(screen.queryByText('Backup saved. Keep it somewhere safe, off this device too.')).not.toBeInTheDocument();
    expect(await screen.findByText('Last backup: none yet.')).toBeVisible();
  });

  it('offers a backup right there, and it holds everything', async () => {
    const downloads = catchDownloads();
    const { user } = await somethingToLose();
    await user.click(screen.getByRole('button', { name: 'Save a backup first' }));
    expect(await screen.findByText('Last backup: today.')).toBeVisible();
    expect(downloads).toHaveLength(1);
    const text = await downloads[0]!.text();
    expect(text).toContain('Walked round the block');
    expect(text).toContain('Patience');
  });

  it('says that nothing was deleted when storage does not answer', async () => {
    const { user } = await somethingToLose();
    const before = await dumpDatabase();
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(new DOMException('The transaction was aborted', 'AbortError'));
    await user.type(confirmationField(), 'delete everything');
    await user.click(deleteButton());
    expect(await screen.findByText(/^Nothing was deleted: .* everything is still here. Try again in a moment.$/)).toHaveAttribute('role', 'alert');
    expect(await dumpDatabase()).toEqual(before);
    expect(localStorage.getItem(PROMPT_KEY)).not.toBeNull();
  });
});
