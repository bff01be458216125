import { waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { dumpDatabase } from '../../support/dump-database';
import { InProcessBackupWorker } from '../../support/in-process-backup-worker';
import { backupText, exportedWin, jsonFile, openImportPanel, pick, problemShown, someWinsAlready } from '../../support/import-screen';

// The screen's code is loaded on demand; the first load (and its transform) can outlast a find's second.
beforeAll(() => import('@/features/backup/backup-screen'));

const oneNewWin = () => backupText((file) => file.data.wins.push(exportedWin({ text: 'Swam a length', day: '2026-11-22' })));

describe('the import panel with its worker', () => {
  beforeEach(async () => {
    InProcessBackupWorker.made = [];
    vi.stubGlobal('Worker', InProcessBackupWorker);
    await someWinsAlready();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('brings a backup in through the worker that checked it, which then ends', async () => {
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(await oneNewWin()));
    await user.click(await panel.findByRole('button', { name: 'Bring in 1 new or newer entry' }));
    expect(await panel.findByText('Done: 1 entry brought in.')).toBeVisible();
    expect(await db.wins.count()).toBe(4);
    expect(InProcessBackupWorker.made.map((worker) => [worker.heard, worker.terminated])).toEqual([[['check', 'bring-in'], true]]);
  });

  it('says to pick the file again when its worker ended before Bring in, and changes nothing', async () => {
    const before = await dumpDatabase();
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(await oneNewWin()));
    const bringIn = await panel.findByRole('button', { name: 'Bring in 1 new or newer entry' });
    InProcessBackupWorker.made[0]?.die();
    await user.click(bringIn);
    expect(await problemShown(panel)).toBe(
      'Small Wins could not finish bringing that file in, so none of it was kept and your wins are as they were. Pick the file again; if it keeps happening, reload the app.',
    );
    await waitFor(() => expect(panel.getByRole('alert')).toHaveFocus());
    expect(panel.queryByRole('button', { name: /^Bring in/ })).toBeNull();
    expect(panel.getByLabelText('Choose a backup file')).toBeEnabled();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('lets the first file’s worker go when another file is picked, or the preview is cancelled', async () => {
    const { user, panel } = await openImportPanel();
    const text = await oneNewWin();
    await pick(user, jsonFile(text));
    await panel.findByRole('button', { name: 'Bring in 1 new or newer entry' });
    await pick(user, jsonFile(text));
    await waitFor(() => expect(InProcessBackupWorker.made).toHaveLength(2));
    expect(InProcessBackupWorker.made[0]?.terminated).toBe(true);
    await user.click(await panel.findByRole('button', { name: 'Cancel' }));
    expect(InProcessBackupWorker.made[1]?.terminated).toBe(true);
  });

  it('lets the worker go when the person leaves the screen with the preview up', async () => {
    const { user, panel, location } = await openImportPanel();
    await pick(user, jsonFile(await oneNewWin()));
    await panel.findByRole('button', { name: 'Bring in 1 new or newer entry' });
    location.navigate('/');
    await waitFor(() => expect(InProcessBackupWorker.made[0]?.terminated).toBe(true));
  });

  it('finishes bringing the file in when the person leaves the screen meanwhile', async () => {
    const { user, panel, location } = await openImportPanel();
    await pick(user, jsonFile(await oneNewWin()));
    await user.click(await panel.findByRole('button', { name: 'Bring in 1 new or newer entry' }));
    location.navigate('/');
    await waitFor(() => expect(InProcessBackupWorker.made[0]?.terminated).toBe(true));
    // Ended by its own finish, not by the screen going: a worker ended mid-write writes nothing.
    expect(InProcessBackupWorker.made[0]?.delivered.at(-1)).toBe('brought-in');
    expect((await db.wins.toArray()).map((win) => win.text)).toContain('Swam a length');
  });

  it('lets the worker go when its reading ends after the person has left the screen', async () => {
    const { user, panel, location } = await openImportPanel();
    const file = jsonFile(await oneNewWin());
    await pick(user, file);
    expect(panel.getByLabelText('Choose a backup file')).toBeDisabled();
    location.navigate('/');
    await waitFor(() => expect(InProcessBackupWorker.made[0]?.heard).toEqual(['check']));
    await waitFor(() => expect(InProcessBackupWorker.made[0]?.terminated).toBe(true));
    expect(await db.wins.count()).toBe(3);
  });
});
