import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { addSlip } from '@/db/repo/jar';
import { addWin, deleteWin, setWinInJar } from '@/db/repo/wins';
import { useAppStore } from '@/store/store';
import { renderApp } from '../../support/render-app';

async function pulledText(): Promise<string> {
  const card = await screen.findByRole('article');
  return within(card).getAllByRole('paragraph')[1]?.textContent ?? '';
}

describe('the jar screen', () => {
  it('explains an empty jar kindly and offers to write the first slip', async () => {
    const { user } = renderApp('/jar');
    expect(await screen.findByText('Your jar is empty for now.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Pull a win' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Write a slip for the jar' }), 'Jo said I am a good listener');
    await user.click(screen.getByRole('button', { name: 'Add to jar' }));
    expect(await screen.findByText('One win is in your jar.')).toBeVisible();
    expect(screen.getByText('In the jar now. One day it will come back out, when you need it.')).toBeVisible();
    expect(await db.slips.count()).toBe(1);
    expect(await db.wins.count()).toBe(0);
  });

  it('keeps its count true as wins come and go elsewhere, and through pulls', async () => {
    const first = await addWin({ text: 'Alpha', day: '2026-11-20' });
    const second = await addWin({ text: 'Bravo', day: '2026-11-20' });
    const { user } = renderApp('/jar');
    expect(await screen.findByText('Two wins are in your jar.')).toBeVisible();
    // As if saved, deleted or moved in another tab: nothing on this screen did it.
    await addWin({ text: 'Charlie', day: '2026-11-21' });
    expect(await screen.findByText('Three wins are in your jar.')).toBeVisible();
    await deleteWin(first.id);
    expect(await screen.findByText('Two wins are in your jar.')).toBeVisible();
    await setWinInJar(second.id, false);
    expect(await screen.findByText('One win is in your jar.')).toBeVisible();
    await addSlip({ text: 'A kind word from Sam' });
    expect(await screen.findByText('Two wins are in your jar.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Pull a win' }));
    await user.click(await screen.findByRole('button', { name: 'Pull another' }));
    expect(screen.getByText('Two wins are in your jar.')).toBeVisible();
  });

  it('says so plainly when the jar cannot be read, and draws nothing half-read', async () => {
    await addWin({ text: 'Alpha', day: '2026-11-20' });
    vi.spyOn(db.meta, 'get').mockRejectedValue(new Error('storage went away'));
    renderApp('/jar');
    expect(await screen.findByRole('alert')).toHaveTextContent('Your jar could not be opened just now. Your wins are safe; reload the app to try again.');
    expect(screen.queryByRole('button', { name: 'Pull a win' })).not.toBeInTheDocument();
  });

  it('pulls each win once before any repeats, and tells screen readers what came out and when', async () => {
    for (const text of ['Alpha', 'Bravo', 'Charlie']) await addWin({ text, day: '2026-11-20' });
    const { user } = renderApp('/jar');
    await user.click(await screen.findByRole('button', { name: 'Pull a win' }));
    const seen = [await pulledText()];
    for (let i = 0; i < 2; i += 1) {
      const before = seen.at(-1);
      await user.click(screen.getByRole('button', { name: 'Pull another' }));
      await waitFor(async () => expect(await pulledText()).not.toBe(before));
      seen.push(await pulledText());
    }
    expect(new Set(seen)).toEqual(new Set(['Alpha', 'Bravo', 'Charlie']));
    expect(useAppStore.getState().announcement.text).toMatch(new RegExp(`on Friday 20 November: ${seen.at(-1) ?? ''}\\.`));
  });

  it('never shows the win pulled before under the next one’s name, even for a moment', async () => {
    const wins = [];
    for (const text of ['Alpha', 'Bravo', 'Charlie']) wins.push(await addWin({ text, day: '2026-11-20' }));
    const textOf = new Map(wins.map((win) => [`pulled-${win.id}`, win.text]));
    const shown: { label: string; text: string }[] = [];
    // Every state the card passes through, as the DOM changes, not only where it settles.
    const watch = new MutationObserver(() => {
      const card = document.querySelector('article');
      const label = card?.getAttribute('aria-labelledby');
      if (card && label) shown.push({ label, text: document.getElementById(label)?.textContent ?? '' });
    });
    watch.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const { user } = renderApp('/jar');
    await user.click(await screen.findByRole('button', { name: 'Pull a win' }));
    for (let i = 0; i < 2; i += 1) {
      const before = await pulledText();
      await user.click(screen.getByRole('button', { name: 'Pull another' }));
      await waitFor(async () => expect(await pulledText()).not.toBe(before));
    }
    watch.disconnect();
    expect(new Set(shown.map(({ label }) => label)).size).toBe(3);
    for (const { label, text } of shown) expect(text).toBe(textOf.get(label));
  });

  it('keeps a pulled win close, and puts one back', async () => {
    await addWin({ text: 'Said no kindly', day: '2026-11-20' });
    const { user } = renderApp('/jar');
    await user.click(await screen.findByRole('button', { name: 'Pull a win' }));
    const keep = await screen.findByRole('button', { name: '♡ Keep it close' });
    await user.click(keep);
    expect(await screen.findByRole('button', { name: '♥ Kept close', pressed: true })).toBeVisible();
    expect((await db.wins.toArray())[0]?.favourite).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Put it back' }));
    await waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
    expect((await db.meta.get('jar'))?.undrawn).toBe(1);
    // The card's buttons went with it: focus goes to the way to pull again.
    expect(screen.getByRole('button', { name: 'Pull a win' })).toHaveFocus();
  });

  it('on a hard day, keeps a way to pull again once a win is put back, and hands focus along', async () => {
    await addWin({ text: 'Said no kindly', day: '2026-11-20' });
    const { user } = renderApp('/jar/pull');
    await user.click(await screen.findByRole('button', { name: 'Put it back' }));
    await waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
    const pullAgain = screen.getByRole('button', { name: 'Pull a win' });
    expect(pullAgain).toHaveFocus();
    await user.click(pullAgain);
    expect(await pulledText()).toBe('Said no kindly');
    // That button gave way to the card, whose own Pull another carries on.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pull another' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Pull a win' })).not.toBeInTheDocument();
  });

  it('pulls only from a chosen tag', async () => {
    await addWin({ text: 'Walked by the river', day: '2026-11-20', tags: ['walk'] });
    await addWin({ text: 'Napped without guilt', day: '2026-11-21', tags: ['rest'] });
    const { user } = renderApp('/jar');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Pull from' }), 'Tagged “walk”');
    for (let i = 0; i < 3; i += 1) {
      await user.click(screen.getByRole('button', { name: i === 0 ? 'Pull a win' : 'Pull another' }));
      await waitFor(async () => expect(await pulledText()).toBe('Walked by the river'));
    }
  });
});
