import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { valuesRepo } from '@/db/repo/values';
import * as winsRepo from '@/db/repo/wins';
import { WIN_TEXT_MAX } from '@/domain/win';
import { renderApp } from '../../support/render-app';

function composerAlert() {
  return within(screen.getByRole('form', { name: 'Write a win' })).getByRole('alert');
}

// Found, not got: the list waits for the values the field's chips show, a read or two after the first render.
function todaysList() {
  return screen.findByRole('region', { name: 'Today’s wins' });
}

describe('the Today screen', () => {
  it('saves a win with Enter, lists it, and clears the field for the next one', async () => {
    const { user } = renderApp('/');
    const field = screen.getByRole('textbox', { name: 'Your win' });
    await user.type(field, 'Went for a 5-minute walk{Enter}');
    expect(await within(await todaysList()).findByText('Went for a 5-minute walk')).toBeVisible();
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    expect(await db.wins.count()).toBe(1);
  });

  it('adds a line with Shift+Enter instead of saving', async () => {
    const { user } = renderApp('/');
    const field = screen.getByRole('textbox', { name: 'Your win' });
    await user.type(field, 'Made tea{Shift>}{Enter}{/Shift}and drank it');
    expect(field).toHaveValue('Made tea\nand drank it');
    expect(await db.wins.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const saved = await within(await todaysList()).findByText(/Made tea/);
    expect(saved.textContent).toBe('Made tea\nand drank it');
  });

  it('says what to do when the win is empty, and saves nothing', async () => {
    const { user } = renderApp('/');
    await user.type(screen.getByRole('textbox', { name: 'Your win' }), '   {Enter}');
    expect(composerAlert()).toHaveTextContent('Write a few words about your win first.');
    expect(await db.wins.count()).toBe(0);
  });

  it('refuses an over-long win without cutting it', async () => {
    const { user } = renderApp('/');
    const field = screen.getByRole('textbox', { name: 'Your win' });
    const long = 'a'.repeat(WIN_TEXT_MAX + 5);
    await user.click(field);
    await user.paste(long);
    await user.keyboard('{Enter}');
    expect(composerAlert()).toHaveTextContent('longer than 2,000 characters');
    expect(field).toHaveValue(long);
    expect(await db.wins.count()).toBe(0);
  });

  it('shows pasted markup as text, never as HTML', async () => {
    const { user } = renderApp('/');
    const field = screen.getByRole('textbox', { name: 'Your win' });
    await user.click(field);
    await user.paste('<img src=x onerror="alert(1)"> said no');
    await user.keyboard('{Enter}');
    expect(await within(await todaysList()).findByText('<img src=x onerror="alert(1)"> said no')).toBeVisible();
    expect((await todaysList()).querySelector('img')).toBeNull();
  });

  it('keeps the words in the field when the device is full', async () => {
    vi.spyOn(winsRepo, 'addWin').mockRejectedValue(
      Object.assign(new Error('abort'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }),
    );
    const { user } = renderApp('/');
    const field = screen.getByRole('textbox', { name: 'Your win' });
    await user.type(field, 'Asked for help{Enter}');
    await waitFor(() => expect(composerAlert()).toHaveTextContent('storage is full'));
    expect(field).toHaveValue('Asked for help');
  });

  it('shows a kind empty state before the first win of the day', async () => {
    renderApp('/');
    expect(await within(await todaysList()).findByText(/Nothing written yet/)).toBeVisible();
  });

  it('draws what is under the field only with the value chips, which come first under it', async () => {
    await valuesRepo.add({ text: 'Kindness' });
    // Every state the screen passes through as the DOM changes, not only where it settles.
    const drawnWithoutChips: string[] = [];
    const watch = new MutationObserver(() => {
      if (document.querySelector('.value-chips')) return;
      for (const below of ['.composer-details', '#quick-picks-title', '#today-list-title']) {
        if (document.querySelector(below)) drawnWithoutChips.push(below);
      }
    });
    watch.observe(document.body, { subtree: true, childList: true });
    renderApp('/');
    // The field does not wait.
    expect(screen.getByRole('textbox', { name: 'Your win' })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Kindness', pressed: false })).toBeVisible();
    expect(await todaysList()).toBeVisible();
    watch.disconnect();
    expect(drawnWithoutChips).toEqual([]);
  });
});
