import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addWin } from '@/db/repo/wins';
import { openBackup } from '@/domain/backup-crypto';
import { catchDownloads, removeShareSheet, shareError, stubShareSheet } from '../../support/file-catcher';
import { renderApp } from '../../support/render-app';

// A sealed backup derives its key with 600,000 PBKDF2 rounds, in tests too.
const timeout = 30_000;

async function openBackupScreen() {
  await addWin({ text: 'Called my sister 📞', day: '2026-11-20' });
  const view = renderApp('/backup');
  expect(await screen.findByText('Last backup: none yet.')).toBeVisible();
  return view;
}

// The screen's code is loaded on demand; the first load (and its transform) can outlast a find's second.
beforeAll(() => import('@/features/backup/backup-screen'));
afterEach(removeShareSheet);

describe('saving a copy where the browser cannot share files', () => {
  it('downloads a full backup holding the wins, and Last backup says today', async () => {
    const downloads = catchDownloads();
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    expect(await screen.findByText('Last backup: today.')).toBeVisible();
    expect(screen.getByText('Backup saved. Keep it somewhere safe, off this device too.')).toBeVisible();
    expect(downloads.map((file) => file.name)).toEqual([expect.stringMatching(/^small-wins-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect(await downloads[0]!.text()).toContain('Called my sister 📞');
  });

  it('seals a backup so that only its passphrase opens it', { timeout }, async () => {
    const downloads = catchDownloads();
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('checkbox', { name: 'Seal the backup with a passphrase' }));
    await user.type(screen.getByLabelText('Passphrase'), 'correct horse battery');
    await user.type(screen.getByLabelText('The same passphrase again'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Save a sealed backup' }));
    expect(await screen.findByText('Last backup: today.', {}, { timeout })).toBeVisible();
    const [sealed] = downloads;
    expect(sealed?.name).toMatch(/\.sealed\.json$/);
    const text = await sealed!.text();
    expect(text).not.toContain('Called my sister');
    expect(await openBackup(text, 'correct horse battery')).toContain('Called my sister 📞');
  });

  it('saves a journal without counting it as a backup', async () => {
    const downloads = catchDownloads();
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save as a journal (Markdown)' }));
    expect(await screen.findByText('File saved.')).toBeVisible();
    expect(await downloads[0]!.text()).toContain('- Called my sister 📞');
    expect(screen.getByText('Last backup: none yet.')).toBeVisible();
  });
});

describe('focus while a file is made and delivered', () => {
  it('stays on the button pressed while the file is made, instead of falling to the page', async () => {
    catchDownloads();
    const { user } = await openBackupScreen();
    const button = screen.getByRole('button', { name: 'Save as a journal (Markdown)' });
    await user.click(button);
    // Shown as unavailable meanwhile, yet still where the person is.
    expect(button).toHaveFocus();
    expect(await screen.findByText('File saved.')).toBeVisible();
    expect(button).toHaveFocus();
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('moves to Save to this device once the file is ready, and back to the button pressed once it is shared', async () => {
    stubShareSheet(() => Promise.resolve());
    const { user } = await openBackupScreen();
    const button = screen.getByRole('button', { name: 'Save a backup' });
    await user.click(button);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save to this device' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Share the file' }));
    expect(await screen.findByText('Backup shared. Keep it somewhere safe, off this device too.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Share the file' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('goes back to the button pressed once the file is saved to this device', async () => {
    catchDownloads();
    stubShareSheet(() => Promise.resolve());
    const { user } = await openBackupScreen();
    const button = screen.getByRole('button', { name: 'Save as a spreadsheet (CSV)' });
    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Save to this device' }));
    expect(await screen.findByText('File saved.')).toBeVisible();
    expect(button).toHaveFocus();
  });
});

describe('saving a copy where the browser can share files', () => {
  it('offers both choices once the file is ready, and shares it from that second tap', async () => {
    const downloads = catchDownloads();
    const shared = stubShareSheet(() => Promise.resolve());
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    expect(await screen.findByText('Your file is ready. Save it to this device, or share it to another app.')).toBeVisible();
    // Nothing went to the share sheet from the first tap, whose activation has run out by now.
    expect(shared).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Save to this device' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Share the file' }));
    expect(await screen.findByText('Backup shared. Keep it somewhere safe, off this device too.')).toBeVisible();
    expect(await screen.findByText('Last backup: today.')).toBeVisible();
    expect(shared[0]?.files?.[0]?.name).toMatch(/^small-wins-.*\.json$/);
    expect(await shared[0]!.files![0]!.text()).toContain('Called my sister 📞');
    expect(downloads).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Share the file' })).not.toBeInTheDocument();
  });

  it('saves to this device instead, when the person chooses that', async () => {
    const downloads = catchDownloads();
    const shared = stubShareSheet(() => Promise.resolve());
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save as a spreadsheet (CSV)' }));
    await user.click(await screen.findByRole('button', { name: 'Save to this device' }));
    expect(await screen.findByText('File saved.')).toBeVisible();
    expect(downloads.map((file) => file.name)).toEqual([expect.stringMatching(/\.csv$/)]);
    expect(shared).toHaveLength(0);
  });

  it('offers only saving once the browser refuses to share this kind of file, and the file can still be saved', async () => {
    const downloads = catchDownloads();
    const shared = stubShareSheet(() => Promise.reject(shareError('NotAllowedError')));
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    await user.click(await screen.findByRole('button', { name: 'Share the file' }));
    expect(
      await screen.findByText(
        'This browser will not share this kind of file. It is still ready: save it to this device, then send it on from your Files app if you like.',
      ),
    ).toBeVisible();
    // Asking again would only be refused again, so the choice goes, and focus moves to the one left.
    expect(screen.queryByRole('button', { name: 'Share the file' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save to this device' })).toHaveFocus();
    expect(shared).toHaveLength(1);
    expect(screen.queryByText(/could not be made/)).not.toBeInTheDocument();
    expect(screen.getByText('Last backup: none yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save to this device' }));
    expect(await screen.findByText('Last backup: today.')).toBeVisible();
    expect(downloads).toHaveLength(1);
  });

  it('keeps Share the file after a passing failure, so it can be tried again', async () => {
    let attempts = 0;
    const shared = stubShareSheet(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new DOMException('Busy', 'InvalidStateError')) : Promise.resolve();
    });
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    await user.click(await screen.findByRole('button', { name: 'Share the file' }));
    expect(
      await screen.findByText('The file could not be shared just now. It is still ready: save it to this device, or tap Share the file to try again.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Share the file' }));
    expect(await screen.findByText('Backup shared. Keep it somewhere safe, off this device too.')).toBeVisible();
    expect(shared).toHaveLength(2);
  });

  it('treats closing the share sheet as a choice: no problem shown, the file still ready, no backup counted', async () => {
    stubShareSheet(() => Promise.reject(shareError('AbortError')));
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    await user.click(await screen.findByRole('button', { name: 'Share the file' }));
    expect(await screen.findByText('Not shared. Your file is still ready whenever you are.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Share the file' })).toBeEnabled();
    await waitFor(() => expect(screen.getByText('Last backup: none yet.')).toBeVisible());
  });
});

describe('saving a copy in a Chromium browser, which shares only some kinds of file', () => {
  // Only Chromium has navigator.userAgentData; its canShare() says yes to any file.
  afterEach(() => Reflect.deleteProperty(navigator, 'userAgentData'));
  const actLikeChromium = () =>
    Object.defineProperty(navigator, 'userAgentData', { configurable: true, value: { brands: [{ brand: 'Chromium', version: '140' }] } });

  it('saves a backup straight away instead of offering a share Chromium would refuse', async () => {
    const downloads = catchDownloads();
    const shared = stubShareSheet(() => Promise.resolve());
    actLikeChromium();
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save a backup' }));
    expect(await screen.findByText('Last backup: today.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Share the file' })).not.toBeInTheDocument();
    expect(downloads.map((file) => file.name)).toEqual([expect.stringMatching(/\.json$/)]);
    expect(shared).toHaveLength(0);
  });

  it('still offers to share the spreadsheet, a kind of file Chromium shares', async () => {
    const shared = stubShareSheet(() => Promise.resolve());
    actLikeChromium();
    const { user } = await openBackupScreen();
    await user.click(screen.getByRole('button', { name: 'Save as a spreadsheet (CSV)' }));
    await user.click(await screen.findByRole('button', { name: 'Share the file' }));
    expect(await screen.findByText('File shared.')).toBeVisible();
    expect(shared[0]?.files?.[0]?.name).toMatch(/\.csv$/);
  });
});
