import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { dayOf } from '@/domain/day';
import { makeWin } from '../../support/factories';
import { renderApp } from '../../support/render-app';

const list = () => screen.getByRole('region', { name: 'Today’s wins' });

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
    expect(await within(list()).findByRole('button', { name: 'Edit “Made tea with honey\nslowly”' })).toBeVisible();
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
    expect(await within(list()).findByText('Made tea')).toBeVisible();
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit “Made tea”' })).toHaveFocus());
  });
});
