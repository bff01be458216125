import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addWin } from '@/db/repo/wins';
import { useAppStore } from '@/store/store';
import { renderApp } from '../../support/render-app';

describe('the app shell', () => {
  it('opens on Today with the win field ready to type into', () => {
    renderApp('/');
    const field = screen.getByRole('textbox', { name: 'Your win' });
    expect(field).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  });

  it('moves between screens with the bottom navigation', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'More' }));
    expect(await screen.findByRole('heading', { name: 'Settings and help' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'More' })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('link', { name: 'Jar' }));
    expect(await screen.findByRole('heading', { name: 'Your jar' })).toBeVisible();
  });

  it('opens the deep links from the home-screen shortcuts', () => {
    renderApp('/log');
    expect(screen.getByRole('textbox', { name: 'Your win' })).toHaveFocus();
  });

  it('opens the jar and says in words how many wins it holds', async () => {
    await addWin({ text: 'One', day: '2026-11-24' });
    await addWin({ text: 'Two', day: '2026-11-25' });
    renderApp('/jar');
    expect(await screen.findByText('Two wins are in your jar.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Jar' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens the hard-day view from the "Pull a win" shortcut with a win already out', async () => {
    await addWin({ text: 'Walked to the shop', day: '2026-11-20' });
    renderApp('/jar/pull');
    expect(await screen.findByRole('heading', { level: 1, name: 'You have done hard things before' })).toBeVisible();
    expect(await screen.findByText('Walked to the shop')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Pull another' })).toBeVisible();
  });

  it('offers a way back from a link that goes nowhere', async () => {
    renderApp('/no-such-place');
    expect(await screen.findByRole('heading', { name: 'This page isn’t here' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
  });

  it('shows a clear message instead of a blank screen when storage is unusable', async () => {
    renderApp('/');
    act(() => useAppStore.getState().reportStorageProblem('unavailable'));
    const dialog = await screen.findByRole('alertdialog', { name: 'This browser is not letting Small Wins save' });
    expect(within(dialog).getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Your win' })).not.toBeInTheDocument();
  });

  it('announces when the app is ready offline and when a new version waits', () => {
    renderApp('/');
    act(() => useAppStore.getState().setOfflineReady(true));
    expect(screen.getByText(/Ready to work offline/)).toBeVisible();
    act(() => useAppStore.getState().setUpdateReady(true));
    expect(screen.getByText('A new version of Small Wins is ready.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  it('shows one notice at a time: a new version waits while a delete can still be undone', async () => {
    const { user } = renderApp('/');
    const win = await addWin({ text: 'Made tea', day: '2026-11-24' });
    act(() => useAppStore.getState().offerUndo({ winId: win.id, text: win.text }));
    act(() => useAppStore.getState().setUpdateReady(true));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(screen.queryByText('A new version of Small Wins is ready.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByText('A new version of Small Wins is ready.')).toBeVisible();
  });
});
