import { screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { deleteWin, listWinsForDay } from '@/db/repo/wins';
import { sealBackup } from '@/domain/backup-crypto';
import { dayOf } from '@/domain/day';
import { dumpDatabase } from '../../support/dump-database';
import { backupText, exportedWin, jsonFile, openImportPanel, pick, problemShown, someWinsAlready } from '../../support/import-screen';

// Every seal and open derives a key with 600,000 PBKDF2 rounds, in tests too.
const timeout = 30_000;

// The screen's code is loaded on demand; the first load (and its transform) can outlast a find's second.
beforeAll(() => import('@/features/backup/backup-screen'));
beforeEach(someWinsAlready);

/** Makes every transaction that `which` picks (by mode and tables) end in `error`, as a real storage problem would. */
function transactionsEndIn(which: (mode: unknown, tables: unknown) => boolean, error: Error) {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  return vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) =>
    which(args[0], args[1]) ? Promise.reject(error) : transaction(...args)) as typeof db.transaction);
}

/** Makes every read-write transaction (the import's) end in `error`. */
const writesEndIn = (error: Error) => transactionsEndIn((mode) => mode === 'rw', error);

/**
 * Makes the comparison's read (over every exported table, the preview's) end in `error`. Only
 * that one: the screen's own small reads (a setting, say) may still be on their way.
 */
const comparisonsEndIn = (error: Error) => transactionsEndIn((mode, tables) => mode === 'r' && Array.isArray(tables) && tables.length > 2, error);

describe('the preview and bringing a backup in', () => {
  it('speaks of one win and one day plainly, and hands focus to the result', async () => {
    const text = await backupText((file) => (file.data.wins = [exportedWin({ text: 'Planted bulbs', day: '2026-11-21' })]));
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    expect(await panel.findByText('1 win, on Saturday, 21 November 2026. It is not here yet.')).toBeVisible();
    await user.click(panel.getByRole('button', { name: 'Bring in 1 new or newer entry' }));
    const done = await panel.findByText('Done: 1 entry brought in.');
    // Focus moves in an effect, just after the message is drawn.
    await waitFor(() => expect(done).toHaveFocus());
    expect(await db.wins.count()).toBe(4);
  });

  it('a backup holding a win for today tells the next opening of Today so, so no evening note flashes up for it', async () => {
    const today = dayOf(new Date());
    localStorage.removeItem('small-wins:logged-day');
    const text = await backupText((file) => (file.data.wins = [exportedWin({ text: 'Planted bulbs', day: today })]));
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    await user.click(await panel.findByRole('button', { name: 'Bring in 1 new or newer entry' }));
    await panel.findByText('Done: 1 entry brought in.');
    await waitFor(() => expect(localStorage.getItem('small-wins:logged-day')).toBe(today));
  });

  it('hands focus back to the chooser when the preview is cancelled, and brings nothing in', async () => {
    const text = await backupText((file) => (file.data.wins = [exportedWin({ text: 'Planted bulbs', day: '2026-11-21' })]));
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    await user.click(await panel.findByRole('button', { name: 'Cancel' }));
    expect(panel.queryByText(/^1 win, on/)).not.toBeInTheDocument();
    expect(panel.getByLabelText('Choose a backup file')).toHaveFocus();
    expect(await db.wins.count()).toBe(3);
  });

  it('counts one already here as one', async () => {
    const text = await backupText((file) => file.data.wins.splice(1, 2, exportedWin({ day: '2026-11-20' })));
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    expect(await panel.findByText('2 wins, on Friday, 20 November 2026. 1 of them is already here.')).toBeVisible();
  });

  it('says space is short only when it is, and keeps the file ready to try again', async () => {
    const text = await backupText((file) => file.data.wins.push(exportedWin({ day: '2026-11-22' })));
    const before = await dumpDatabase();
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    // Dexie's shape: the browser's QuotaExceededError inside an AbortError. (A plain Error, not jsdom's
    // DOMException, which comes from another realm where classifyStorageError's instanceof says no.)
    const quota = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    const full = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    const writes = writesEndIn(full);
    await user.click(await panel.findByRole('button', { name: 'Bring in 1 new or newer entry' }));
    expect(await problemShown(panel)).toBe(
      'There is not enough space on this device for that backup, so none of it was kept and your wins are as they were. Free some space, then press Bring in again.',
    );
    await waitFor(() => expect(panel.getByRole('alert')).toHaveFocus());

    writes.mockRestore();
    writesEndIn(new Error('Something else entirely'));
    await user.click(panel.getByRole('button', { name: 'Bring in 1 new or newer entry' }));
    await waitFor(() => expect(panel.getByRole('alert')).toHaveTextContent(/^The import stopped part-way/));
    expect(panel.getByRole('alert').textContent).not.toMatch(/space/);
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('the preview counts the wins the file keeps, not its deletions', () => {
  it('counts and dates only kept wins, and names the deletions that will remove wins here', async () => {
    let removed = '';
    const text = await backupText((file) => {
      const [first] = file.data.wins;
      removed = first!.text;
      // Deleted on the other device after this one last changed it: the newer deletion wins the merge.
      file.data.wins[0] = { ...first!, deletedAt: first!.updatedAt + 1, updatedAt: first!.updatedAt + 1 };
      file.data.wins.push(
        exportedWin({ day: '2026-11-21' }),
        exportedWin({ day: '2026-11-22' }),
        exportedWin({ day: '2005-01-01', createdAt: Date.UTC(2005, 0, 1), deletedAt: Date.UTC(2005, 0, 2), updatedAt: Date.UTC(2005, 0, 2) }),
      );
    });
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    expect(
      await panel.findByText(
        '4 wins, from Friday, 20 November 2026 to Sunday, 22 November 2026. 2 of them are already here. 1 win deleted on another device will be removed here too.',
      ),
    ).toBeVisible();
    // What the preview said is what the merge does.
    await user.click(panel.getByRole('button', { name: /^Bring in/ }));
    await panel.findByText(/^Done:/);
    const left = (await listWinsForDay('2026-11-20')).map((win) => win.text);
    expect(left).toHaveLength(2);
    expect(left).not.toContain(removed);
  });

  it('says a win deleted here since stays deleted, and does not count it as here', async () => {
    const text = await backupText();
    const [walked] = await listWinsForDay('2026-11-20');
    await deleteWin(walked!.id, Date.now() + 1);
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    expect(
      await panel.findByText('3 wins, on Friday, 20 November 2026. 2 of them are already here. 1 of them was deleted on this device, and stays deleted.'),
    ).toBeVisible();
    expect(panel.getByRole('button', { name: 'Nothing new to bring in' })).toBeDisabled();
  });
});

describe('while a file is read', () => {
  it('shows the chooser disabled until the preview is up, then hands focus to the preview', async () => {
    const text = await backupText((file) => file.data.wins.push(exportedWin({ day: '2026-11-22' })));
    const slow = jsonFile(text);
    // Reading a big file off a phone takes a while: hold it until the test lets it go.
    let release: (value: string) => void = () => undefined;
    vi.spyOn(slow, 'text').mockReturnValue(new Promise<string>((resolve) => (release = resolve)));
    const { user, panel } = await openImportPanel();
    await pick(user, slow);
    expect(panel.getByLabelText('Choose a backup file')).toBeDisabled();
    // The label is what shows as the button, and what a touch screen reader lands on.
    expect(panel.getByText('Choose a backup file')).toHaveAttribute('aria-disabled', 'true');
    release(text);
    const preview = await panel.findByText(/^4 wins, from Friday, 20 November 2026/);
    await waitFor(() => expect(preview).toHaveFocus());
    expect(panel.getByLabelText('Choose a backup file')).toBeEnabled();
    expect(panel.getByText('Choose a backup file')).not.toHaveAttribute('aria-disabled');
  });
});

describe('a backup that cannot be compared or is not whole', () => {
  it('says a backup cut short stops part-way, not that it is not ours', async () => {
    const text = (await backupText()).slice(0, -30);
    const before = await dumpDatabase();
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    expect(await problemShown(panel)).toMatch(/^That backup stops part-way, as a file does when its download or copy was cut short/);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('says so when what is here cannot be read to compare, and lets the person pick the file again', async () => {
    const text = await backupText((file) => file.data.wins.push(exportedWin({ day: '2026-11-22' })));
    const { user, panel } = await openImportPanel();
    const reads = comparisonsEndIn(new Error('Database closed'));
    await pick(user, jsonFile(text));
    expect(await problemShown(panel)).toMatch(/^Small Wins could not compare that backup with what is here just now\. Nothing was changed\./);
    await waitFor(() => expect(panel.getByRole('alert')).toHaveFocus());
    reads.mockRestore();
    await pick(user, jsonFile(text));
    expect(await panel.findByText(/^4 wins, from Friday, 20 November 2026/)).toBeVisible();
  });
});

describe('a sealed backup', () => {
  async function sealedText(change: (file: Record<string, unknown>) => void = () => undefined) {
    const sealed = JSON.parse(await sealBackup(await backupText(), 'correct horse battery')) as Record<string, unknown>;
    change(sealed);
    return JSON.stringify(sealed);
  }

  it('from a newer version is refused when picked, before any passphrase is asked for', { timeout }, async () => {
    const text = await sealedText((file) => (file.version = 2));
    const before = await dumpDatabase();
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    expect(await problemShown(panel)).toMatch(/^This backup was made by a newer version of Small Wins\. Update first: when the note “A new version of Small Wins is ready” appears/);
    expect(panel.queryByLabelText('This backup is sealed. Its passphrase:')).not.toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('with a damaged header is refused when picked', { timeout }, async () => {
    const text = await sealedText((file) => Reflect.deleteProperty(file.cipher as object, 'iv'));
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text));
    expect(await problemShown(panel)).toMatch(/^This backup file looks damaged, so it cannot be opened\./);
    expect(panel.queryByLabelText('This backup is sealed. Its passphrase:')).not.toBeInTheDocument();
  });

  it('asks for the passphrase when none is typed, without trying to open, and keeps focus in the field', { timeout }, async () => {
    const text = await sealedText();
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text, 'small-wins-2026-11-20.sealed.json'));
    const field = await panel.findByLabelText('This backup is sealed. Its passphrase:');
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    await user.click(panel.getByRole('button', { name: 'Open backup' }));
    expect(await problemShown(panel)).toBe('Type the passphrase this backup was sealed with, then press Open backup.');
    expect(derive).not.toHaveBeenCalled();
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription('Type the passphrase this backup was sealed with, then press Open backup.');
  });

  it('asks for its passphrase with the field ready to type in, and opens once however often it is tapped', { timeout }, async () => {
    const text = await sealedText();
    const { user, panel } = await openImportPanel();
    await pick(user, jsonFile(text, 'small-wins-2026-11-20.sealed.json'));
    const field = await panel.findByLabelText('This backup is sealed. Its passphrase:');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('wrong horse');
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    await user.dblClick(panel.getByRole('button', { name: 'Open backup' }));
    expect(panel.getByRole('button', { name: 'Opening the backup…' })).toBeDisabled();
    expect(await problemShown(panel)).toMatch(/^That passphrase does not open this backup/);
    expect(derive).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(field).toHaveFocus());
    await user.clear(field);
    await user.keyboard('correct horse battery{Enter}');
    const preview = await panel.findByText(/^3 wins, on Friday, 20 November 2026\. 3 of them are already here\.$/, {}, { timeout });
    // The form it replaced had focus: the preview takes it, rather than the page.
    await waitFor(() => expect(preview).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Nothing new to bring in' })).toBeDisabled();
  });
});
