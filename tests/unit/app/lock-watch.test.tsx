import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLockWatch } from '@/app/use-lock-watch';
import { BRIEF_AWAY_MS, expectBriefAway, isBriefAway } from '@/components/brief-away';
import { ImportPanel } from '@/features/backup/import-panel';
import { readSettings, writeSetting } from '@/db/repo/settings';
import { LockSettings } from '@/features/backup/lock-settings';
import { hashPasscode } from '@/domain/passcode';
import { useAppStore } from '@/store/store';

let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });

function goTo(state: DocumentVisibilityState) {
  visibility = state;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const locked = () => useAppStore.getState().locked;

/** A lock set with the delay given, the app open and already unlocked by its passcode. */
async function openUnlocked(afterMinutes: number) {
  await writeSetting('lock', { ...(await hashPasscode('2468', 1_000)), afterMinutes });
  renderHook(() => useLockWatch());
  await waitFor(() => expect(locked()).toBe(true));
  act(() => useAppStore.getState().unlock());
}

describe('the lock while the app is in the background', () => {
  afterEach(() => {
    visibility = 'visible';
    vi.useRealTimers();
  });

  it('with a one-minute delay, stays open after a short look away and locks after a longer one', async () => {
    await openUnlocked(1);
    vi.useFakeTimers({ toFake: ['Date'] });
    goTo('hidden');
    vi.advanceTimersByTime(30_000);
    goTo('visible');
    expect(locked()).toBe(false);
    goTo('hidden');
    expect(locked()).toBe(false);
    vi.advanceTimersByTime(61_000);
    goTo('visible');
    expect(locked()).toBe(true);
  });

  it('set to lock at once, locks as the app leaves the screen, before it is seen again', async () => {
    await openUnlocked(0);
    goTo('hidden');
    expect(locked()).toBe(true);
  });

  it('set to lock at once, lets the person pick a file or share without locking them out, but not for long', async () => {
    await openUnlocked(0);
    vi.useFakeTimers({ toFake: ['Date'] });
    expectBriefAway();
    goTo('hidden');
    expect(locked()).toBe(false);
    vi.advanceTimersByTime(20_000);
    goTo('visible');
    expect(locked()).toBe(false);
    // Away on purpose, but gone longer than any picker takes: locked on return.
    expectBriefAway();
    goTo('hidden');
    vi.advanceTimersByTime(BRIEF_AWAY_MS + 1_000);
    goTo('visible');
    expect(locked()).toBe(true);
  });

  it('after coming back from a picker, leaving again locks at once as before', async () => {
    await openUnlocked(0);
    expectBriefAway();
    goTo('hidden');
    goTo('visible');
    goTo('hidden');
    expect(locked()).toBe(true);
  });

  it('takes a new delay chosen on the Backups screen, without the passcode being set again', async () => {
    await openUnlocked(15);
    render(<LockSettings />);
    await screen.findByRole('button', { name: 'Turn the lock off' });
    const delay = screen.getByRole('combobox', { name: 'Lock' });
    expect(delay).toHaveValue('15');
    await userEvent.selectOptions(delay, 'As soon as it is in the background');
    expect(await screen.findByText('The lock now comes on as soon as it is in the background.')).toBeVisible();
    expect((await readSettings()).lock).toMatchObject({ afterMinutes: 0 });
    await waitFor(() => {
      goTo('hidden');
      expect(locked()).toBe(true);
    });
  });

  it('clears what the page last said aloud, and the undo offer, the moment it locks', async () => {
    await openUnlocked(0);
    act(() => {
      useAppStore.getState().announce('Saved: Told my doctor the truth');
      useAppStore.getState().offerUndo({ winId: 'w1', text: 'Told my doctor the truth' });
    });
    goTo('hidden');
    expect(locked()).toBe(true);
    expect(useAppStore.getState().announcement.text).toBe('');
    expect(useAppStore.getState().undo).toBeNull();
  });
});

describe('focus as the lock is turned on and off', () => {
  it('goes to what happened as one form gives way to the other, and back to the field after a wrong passcode', async () => {
    const user = userEvent.setup();
    render(<LockSettings />);
    await user.type(await screen.findByLabelText('New passcode'), '2468');
    await user.type(screen.getByLabelText('The same passcode again'), '2468');
    await user.click(screen.getByRole('button', { name: 'Turn the lock on' }));
    const on = await screen.findByText('The lock is on. Small Wins will ask for this passcode when it opens.', {}, { timeout: 10_000 });
    await waitFor(() => expect(on).toHaveFocus());

    const field = await screen.findByLabelText('To turn the lock off, enter the passcode');
    await user.type(field, '1357');
    await user.click(screen.getByRole('button', { name: 'Turn the lock off' }));
    expect(await screen.findByText('That passcode does not match, so the lock stays on.', {}, { timeout: 10_000 })).toBeVisible();
    expect(field).toHaveFocus();

    await user.type(field, '2468');
    await user.click(screen.getByRole('button', { name: 'Turn the lock off' }));
    const off = await screen.findByText('The lock is off.', {}, { timeout: 10_000 });
    await waitFor(() => expect(off).toHaveFocus());
    expect(screen.getByLabelText('New passcode')).toBeVisible();
  });
});

describe('setting the lock when storage refuses', () => {
  it('says the lock is as it was, and gives the button back to try again', async () => {
    const { db } = await import('@/db/database');
    const quota = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    const write = vi.spyOn(db.settings, 'put').mockRejectedValue(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }));
    render(<LockSettings />);
    await userEvent.type(await screen.findByLabelText('New passcode'), '2468');
    await userEvent.type(screen.getByLabelText('The same passcode again'), '2468');
    await userEvent.click(screen.getByRole('button', { name: 'Turn the lock on' }));
    expect(await screen.findByText('Your device’s storage is full, so the lock is as it was. Free up some space and try again.', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Turn the lock on' })).toBeEnabled();
    expect((await readSettings()).lock).toBeNull();
    write.mockRestore();
  });
});

describe('the grace a file picker gets', () => {
  it('runs out a few seconds after the picker closes without a file, so a real leaving then locks at once', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    render(<ImportPanel />);
    const input = screen.getByLabelText('Choose a backup file');
    fireEvent.click(input);
    vi.advanceTimersByTime(20_000);
    expect(isBriefAway()).toBe(true);
    fireEvent(input, new Event('cancel'));
    // The page may still be on its way back: a moment's grace, not the two minutes.
    expect(isBriefAway()).toBe(true);
    vi.advanceTimersByTime(6_000);
    expect(isBriefAway()).toBe(false);
    vi.useRealTimers();
  });
});
