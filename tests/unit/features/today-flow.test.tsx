import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { readDraft, saveDraft } from '@/db/repo/drafts';
import { WIN_TEXT_MAX } from '@/domain/win';
import { makeWin } from '../../support/factories';
import { renderApp } from '../../support/render-app';

const field = () => screen.getByRole('textbox', { name: 'Your win' });
const list = () => screen.getByRole('region', { name: 'Today’s wins' });

describe('Today, beyond the first save', () => {
  it('restores a draft left from last time, and clears it once saved', async () => {
    await saveDraft({ text: 'Called the clinic', why: 'Put it off for weeks', tags: 'care', day: null, valueIds: [] });
    const { user } = renderApp('/');
    await waitFor(() => expect(field()).toHaveValue('Called the clinic'));
    expect(screen.getByRole('textbox', { name: 'Why it mattered (optional)' })).toHaveValue('Put it off for weeks');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const card = (await within(list()).findByText('Called the clinic')).closest('li');
    expect(card).toHaveTextContent('Put it off for weeks');
    expect(card).toHaveTextContent('care');
    await waitFor(async () => expect((await readDraft()).text).toBe(''));
  });

  it('opens on the current day again when an earlier day was left chosen with nothing written for it', async () => {
    await saveDraft({ text: '', why: '', tags: '', day: '2026-09-15', valueIds: [] });
    renderApp('/');
    await waitFor(async () => expect((await readDraft()).day).toBeNull());
    expect(screen.queryByText('Adding to an earlier day')).not.toBeInTheDocument();
    expect(screen.getByText('Today', { selector: '.eyebrow' })).toBeVisible();
  });

  it('keeps the earlier day when words were already written for it', async () => {
    await saveDraft({ text: 'Walked to the river', why: '', tags: '', day: '2026-09-15', valueIds: [] });
    renderApp('/');
    await waitFor(() => expect(field()).toHaveValue('Walked to the river'));
    expect(screen.getByText('Adding to an earlier day')).toBeVisible();
  });

  it('keeps the words kept from last time when a day is chosen from Look back before they are read', async () => {
    await saveDraft({ text: 'Walked to the river', why: '', tags: '', day: null, valueIds: [] });
    const { user } = renderApp('/look-back/day/2026-09-15');
    await user.click(await screen.findByRole('button', { name: 'Add to or change this day’s wins' }));
    await waitFor(() => expect(field()).toHaveValue('Walked to the river'));
    expect(screen.getByText('Adding to an earlier day')).toBeVisible();
    await waitFor(async () => expect(await readDraft()).toMatchObject({ text: 'Walked to the river', day: '2026-09-15' }));
  });

  it('saves every win when they are typed back to back, without waiting', async () => {
    const { user } = renderApp('/');
    await user.type(field(), 'First{Enter}Second{Enter}Third{Enter}');
    await waitFor(async () => expect((await db.wins.toArray()).map((win) => win.text).sort()).toEqual(['First', 'Second', 'Third']));
    expect(await within(list()).findByText('Third')).toBeVisible();
  });

  it('records which prompt a win answered', async () => {
    const { user } = renderApp('/');
    const promptText = await waitFor(() => {
      const text = document.querySelector('.composer-prompt')?.textContent ?? '';
      expect(text.trim()).not.toBe('');
      return text;
    });
    await user.type(field(), 'Called my sister{Enter}');
    await waitFor(async () => expect(await db.wins.count()).toBe(1));
    const [win] = await db.wins.toArray();
    const { builtInPrompts } = await import('@/domain/prompts');
    expect(builtInPrompts.find((prompt) => prompt.id === win?.promptId)?.text).toBe(promptText);
  });

  it('keeps what is typed as a draft while typing', async () => {
    const { user } = renderApp('/');
    await user.type(field(), 'Half a thought');
    await waitFor(async () => expect((await readDraft()).text).toBe('Half a thought'));
  });

  it('invites more detail for a vague win, and still saves it', async () => {
    const { user } = renderApp('/');
    await user.type(field(), 'good day');
    expect(screen.getByText(/Who was there, what you did, or when/)).toBeVisible();
    await user.keyboard('{Enter}');
    expect(await within(list()).findByText('good day')).toBeVisible();
    expect(screen.getByText(/Who was there, what you did, or when/)).not.toBeVisible();
  });

  it('shows a character count near the limit, before anything is refused', async () => {
    const { user } = renderApp('/');
    await user.click(field());
    await user.paste('a'.repeat(WIN_TEXT_MAX - 10));
    expect(screen.getByText('1,990 / 2,000 characters')).toBeVisible();
    await user.paste('b'.repeat(15));
    expect(screen.getByText('2,005 / 2,000 characters (5 over)')).toBeVisible();
  });

  it('deletes with an Undo that brings the win back', async () => {
    await db.wins.add(makeWin({ text: 'Texted Sam back', day: todayForTests() }));
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Delete “Texted Sam back”' }));
    await waitFor(() => expect(within(list()).queryByText('Texted Sam back')).not.toBeInTheDocument());
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(await within(list()).findByText('Texted Sam back')).toBeVisible();
    // The notice and its button have gone: the person carries on from the win brought back.
    await waitFor(() => expect(within(list()).getByRole('button', { name: 'Edit “Texted Sam back”' })).toHaveFocus());
  });

  it('puts focus on the list’s heading when the undo offer is dismissed, not on the page', async () => {
    await db.wins.add(makeWin({ text: 'Texted Sam back', day: todayForTests() }));
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Delete “Texted Sam back”' }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Today’s wins' })).toHaveFocus();
    expect(await db.wins.count()).toBe(1);
  });

  it('edits in place, and Escape, asked twice, leaves the win as it was', async () => {
    await db.wins.add(makeWin({ text: 'Made tea', day: todayForTests() }));
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Edit “Made tea”' }));
    const editor = await screen.findByRole('form', { name: 'Edit win' });
    await user.clear(within(editor).getByRole('textbox', { name: 'Your win' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Your win' }), 'Something else');
    await user.keyboard('{Escape}');
    expect(within(editor).getByRole('group', { name: 'Leave your changes unsaved?' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(await within(list()).findByText('Made tea')).toBeVisible();
    expect((await db.wins.toArray())[0]?.text).toBe('Made tea');
  });

  it('offers tags used before as one-tap additions', async () => {
    await db.wins.add(makeWin({ tags: ['walk'], day: '2026-01-01' }));
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Add why it mattered, or tags' }));
    await user.click(await screen.findByRole('button', { name: 'Add tag walk' }));
    expect(screen.getByRole('textbox', { name: 'Tags (optional)' })).toHaveValue('walk');
  });

  it('lets the person hide a quick pick and add their own', async () => {
    const { user } = renderApp('/');
    expect(await screen.findByRole('button', { name: 'Took my medication' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Edit quick picks' }));
    const sheet = await screen.findByRole('dialog', { name: 'Your quick picks' });
    await user.click(await within(sheet).findByRole('button', { name: 'Hide “Took my medication”' }));
    await user.type(within(sheet).getByRole('textbox', { name: 'Add your own, in your own words' }), 'Fed the cat{Enter}');
    await user.click(within(sheet).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Took my medication' })).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Fed the cat' })).toBeVisible();
  });
});

/** The day the app counts as today in this test run (jsdom uses the real clock). */
function todayForTests(): string {
  const now = new Date();
  if (now.getHours() < 4) now.setDate(now.getDate() - 1);
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
