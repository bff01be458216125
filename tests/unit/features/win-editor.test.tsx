import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { writeSetting } from '@/db/repo/settings';
import * as winEdits from '@/db/repo/win-edits';
import { dayOf } from '@/domain/day';
import { hashPasscode } from '@/domain/passcode';
import { useAppStore } from '@/store/store';
import { makeWin } from '../../support/factories';
import { renderApp } from '../../support/render-app';

// Found, not got: the list waits for the values the field's chips show, a read or two after the first render.
const list = () => screen.findByRole('region', { name: 'Today’s wins' });

/** Today with one win, its editor open. */
async function editMadeTea() {
  await db.wins.add(makeWin({ text: 'Made tea', day: dayOf(new Date()) }));
  const view = renderApp('/');
  // A file's first render pays for loading the app (and the editor its lazy code), which on a
  // busy machine running every test file at once takes longer than the usual second.
  const slowFirstTime = { timeout: 5_000 };
  await view.user.click(await screen.findByRole('button', { name: 'Edit “Made tea”' }, slowFirstTime));
  const editor = await screen.findByRole('form', { name: 'Edit win' }, slowFirstTime);
  const field = within(editor).getByRole('textbox', { name: 'Your win' });
  return { ...view, editor, field };
}

describe('editing a win', () => {
  it('saves with Enter, as the composer does, and Shift+Enter starts a new line', async () => {
    const { user, field } = await editMadeTea();
    await user.type(field, ' with honey{Shift>}{Enter}{/Shift}slowly{Enter}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit win' })).not.toBeInTheDocument());
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea with honey\nslowly');
    expect(await within(await list()).findByRole('button', { name: 'Edit “Made tea with honey\nslowly”' })).toBeVisible();
  });

  it('opens with the caret after the words, so what is typed adds to them', async () => {
    const { user, field } = await editMadeTea();
    expect(field).toHaveFocus();
    await user.keyboard(' with honey');
    expect(field).toHaveValue('Made tea with honey');
  });

  it('saves with Enter from why it mattered too', async () => {
    const { user, editor } = await editMadeTea();
    await user.type(within(editor).getByRole('textbox', { name: 'Why it mattered (optional)' }), 'It calmed me{Enter}');
    await waitFor(async () => expect((await db.wins.toArray())[0]?.why).toBe('It calmed me'));
    expect(screen.queryByRole('form', { name: 'Edit win' })).not.toBeInTheDocument();
  });

  it('closes at once with Escape when nothing was changed', async () => {
    const { user } = await editMadeTea();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit win' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit “Made tea”' })).toHaveFocus());
  });

  it('asks before Escape leaves changes unsaved, and Keep editing goes back to the words', async () => {
    const { user, editor, field } = await editMadeTea();
    await user.type(field, ' with honey');
    await user.keyboard('{Escape}');
    const asking = within(editor).getByRole('group', { name: 'Leave your changes unsaved?' });
    expect(within(asking).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(asking).getByRole('button', { name: 'Keep editing' }));
    expect(asking).not.toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Made tea with honey');
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea');
  });

  it('leaves the win as it was with Discard changes', async () => {
    const { user, editor, field } = await editMadeTea();
    await user.type(field, ' with honey');
    await user.keyboard('{Escape}');
    await user.click(within(editor).getByRole('button', { name: 'Discard changes' }));
    expect(await within(await list()).findByRole('button', { name: 'Edit “Made tea”' })).toBeVisible();
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit “Made tea”' })).toHaveFocus());
  });
});

describe('changes not yet saved', () => {
  it('when the disk is out of space, say so (not "try again") and stay in the editor with the changes', async () => {
    const noSpace = Object.assign(new Error('IO error: 000003.log: FILE_ERROR_NO_SPACE'), { name: 'UnknownError' });
    vi.spyOn(winEdits, 'updateWin').mockRejectedValueOnce(Object.assign(new Error('abort'), { name: 'AbortError', inner: noSpace }));
    const { user, editor, field } = await editMadeTea();
    await user.type(field, ' with honey{Enter}');
    expect(await within(editor).findByRole('alert')).toHaveTextContent('storage is full');
    expect(field).toHaveValue('Made tea with honey');
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea');
  });

  it('come back after the lock hides the screen mid-edit, and are saved only when Save changes is pressed', async () => {
    const { user, field } = await editMadeTea();
    await user.type(field, ' with honey');
    // Set while the app is open, so it is not locked on opening.
    await writeSetting('lock', { ...(await hashPasscode('2468', 1_000)), afterMinutes: 0 });
    useAppStore.getState().lock();
    await user.type(await screen.findByLabelText('Passcode'), '2468');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    const editor = await screen.findByRole('form', { name: 'Edit win' });
    expect(within(editor).getByText(/Your changes from before are still here/)).toBeVisible();
    expect(within(editor).getByRole('textbox', { name: 'Your win' })).toHaveValue('Made tea with honey');
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea');
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    // The card again, named for the saved words (the editor's field held them too until it went).
    expect(await within(await list()).findByRole('button', { name: 'Edit “Made tea with honey”' })).toBeVisible();
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea with honey');
    expect(await db.drafts.count()).toBe(0);
  });

  it('come back after a reload, and Cancel lets them go for good', async () => {
    const first = await editMadeTea();
    await first.user.type(first.field, ' with honey');
    await first.user.type(within(first.editor).getByRole('textbox', { name: 'Tags (optional, separated by commas)' }), 'calm');
    await waitFor(async () => expect((await db.drafts.toArray())[0]?.tags).toBe('calm'));
    first.unmount();

    const second = renderApp('/');
    const editor = await screen.findByRole('form', { name: 'Edit win' });
    expect(within(editor).getByRole('textbox', { name: 'Your win' })).toHaveValue('Made tea with honey');
    expect(within(editor).getByRole('textbox', { name: 'Tags (optional, separated by commas)' })).toHaveValue('calm');
    await second.user.click(within(editor).getByRole('button', { name: 'Cancel' }));
    expect(await within(await list()).findByRole('button', { name: 'Edit “Made tea”' })).toBeVisible();
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
    second.unmount();

    renderApp('/');
    expect(await within(await list()).findByRole('button', { name: 'Edit “Made tea”' })).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Edit win' })).not.toBeInTheDocument();
  });

  it('typed back to how the win was keep nothing, so nothing opens again', async () => {
    const first = await editMadeTea();
    await first.user.type(first.field, '!');
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));
    await first.user.type(first.field, '{Backspace}');
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
  });
});
