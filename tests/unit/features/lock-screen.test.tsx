import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readDraft, saveDraft } from '@/db/repo/drafts';
import { readLockedDraftText } from '@/db/repo/locked-draft';
import { writeSetting } from '@/db/repo/settings';
import { addWin, listWinsForDay } from '@/db/repo/wins';
import { dayOf } from '@/domain/day';
import { emptyDraft } from '@/domain/draft';
import { hashPasscode } from '@/domain/passcode';
import { useAppStore } from '@/store/store';
import { renderApp } from '../../support/render-app';

const oldDraft = { ...emptyDraft, text: 'A private draft from last week', day: '2026-11-02' };

/** A lock set, a draft left in the composer, and the app opening locked. */
async function openLocked() {
  await writeSetting('lock', { ...(await hashPasscode('2468', 1_000)), afterMinutes: 0 });
  await saveDraft(oldDraft);
  useAppStore.setState({ locked: true });
  const view = renderApp('/');
  await screen.findByRole('heading', { name: 'Your journal is resting' });
  return view;
}

const quickLog = () => screen.getByRole('textbox', { name: 'Write a new win' });
const passcode = () => screen.getByLabelText('Passcode');

describe('the lock screen', () => {
  it('after a wrong passcode tapped in, says so and puts the focus back in the field to type again', async () => {
    const { user } = await openLocked();
    await user.type(passcode(), '1111');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('That passcode does not match. Try again; it is the one you chose in Backups and your data.')).toBeVisible();
    expect(passcode()).toHaveFocus();
    expect(passcode()).toHaveValue('');
  });

  it('keeps words typed there through a reload, never showing the composer’s draft, and Enter saves them for today', async () => {
    const first = await openLocked();
    await first.user.type(quickLog(), 'Made tea');
    await waitFor(async () => expect(await readLockedDraftText()).toBe('Made tea'));
    first.unmount();

    const { user } = renderApp('/');
    await waitFor(() => expect(quickLog()).toHaveValue('Made tea'));
    expect(screen.queryByText(/private draft/)).not.toBeInTheDocument();
    await user.type(quickLog(), '{Enter}');
    expect(await screen.findByText('Saved, and kept out of sight until you unlock.')).toBeVisible();
    expect(quickLog()).toHaveValue('');
    // Today's, though the composer's draft had an earlier day chosen.
    expect((await listWinsForDay(dayOf(new Date(), 4))).map((win) => win.text)).toEqual(['Made tea']);
    expect(await readLockedDraftText()).toBe('');
    expect(await readDraft()).toEqual(oldDraft);
  });

  it('hands words typed there and not saved to the draft on Today once unlocked, after the words already there', async () => {
    const { user } = await openLocked();
    await user.type(quickLog(), 'Walked to the shop');
    await user.type(passcode(), '2468{Enter}');
    const composer = await screen.findByRole('textbox', { name: 'Your win' });
    await waitFor(() => expect(composer).toHaveValue('A private draft from last week\nWalked to the shop'));
    expect(useAppStore.getState().announcement.text).toBe('What you wrote while locked is in your draft on Today, not saved yet.');
    expect(await readLockedDraftText()).toBe('');
    expect((await readDraft()).text).toBe('A private draft from last week\nWalked to the shop');
  });
});

describe('opening with a lock set but no hint of it kept (local storage cleared on its own)', () => {
  it('never shows a win, the draft or another screen before the lock screen', async () => {
    const today = dayOf(new Date(), 4);
    await addWin({ text: 'Told my sister about the hospital', day: today });
    await writeSetting('lock', { ...(await hashPasscode('2468', 1_000)), afterMinutes: 0 });
    await saveDraft({ ...emptyDraft, text: 'Half a thought about the hospital' });
    localStorage.clear();
    useAppStore.setState({ locked: false, lockKnown: false });
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(document.body.textContent));
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Your journal is resting' });
    watch.disconnect();
    expect(seen.filter((text) => text.includes('hospital'))).toEqual([]);
    expect(screen.queryByRole('textbox', { name: 'Your win' })).not.toBeInTheDocument();
  });

  it('shows the journal as usual once the settings say there is no lock', async () => {
    await addWin({ text: 'Watered the basil', day: dayOf(new Date(), 4) });
    localStorage.clear();
    useAppStore.setState({ locked: false, lockKnown: false });
    renderApp('/');
    expect(await screen.findByText('Watered the basil')).toBeVisible();
    expect(localStorage.getItem('small-wins:lock')).toBe('off');
  });
});
