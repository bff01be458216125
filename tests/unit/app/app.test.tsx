import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { useAppStore } from '@/store/store';
import { makeWin } from '../../support/factories';
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

  it('opens the jar from the "Pull a win" shortcut and counts what is in it', async () => {
    await db.wins.bulkAdd([makeWin(), makeWin(), makeWin({ deletedAt: 1 })]);
    renderApp('/jar/pull');
    expect(await screen.findByText('2 wins are in your jar.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Jar' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers a way back from a link that goes nowhere', async () => {
    renderApp('/no-such-place');
    expect(await screen.findByRole('heading', { name: 'This page isn’t here' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
  });

  it('shows a clear message instead of a blank screen when storage is unusable', () => {
    renderApp('/');
    act(() => useAppStore.getState().reportStorageProblem('unavailable'));
    const dialog = screen.getByRole('alertdialog', { name: 'This browser is not letting Small Wins save' });
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
});
