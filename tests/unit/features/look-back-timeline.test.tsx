import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addWin } from '@/db/repo/wins';
import { renderApp } from '../../support/render-app';

// A lazy screen's first load can take a while in a cold test run.
const firstLoad = { timeout: 10_000 };

function timeline() {
  return screen.getByRole('region', { name: 'Every win, newest first' });
}

describe('Look back’s list of every win', () => {
  it('on a first visit, says kindly that nothing is here yet and leads to Today', async () => {
    const { user, location } = renderApp('/look-back');
    expect(await screen.findByText('Nothing here yet. Each win you write will be kept here, however small.', {}, firstLoad)).toBeVisible();
    const toToday = within(timeline()).getByRole('link', { name: 'Write a win on Today' });
    expect(toToday).toHaveAttribute('href', '/');
    await user.click(toToday);
    expect(location.history.at(-1)).toBe('/');
    expect(await screen.findByRole('textbox', { name: 'Your win' })).toBeVisible();
  });

  it('says nothing of the kind once there is a win', async () => {
    await addWin({ text: 'Opened the curtains', day: '2026-11-20' });
    renderApp('/look-back');
    expect(await screen.findByText('That is where it all began: your first win.', {}, firstLoad)).toBeVisible();
    expect(screen.queryByText(/Nothing here yet/)).not.toBeInTheDocument();
    expect(within(timeline()).queryByRole('link', { name: 'Write a win on Today' })).not.toBeInTheDocument();
  });
});
