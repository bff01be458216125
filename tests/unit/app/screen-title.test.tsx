import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dayHeading, dayOf } from '@/domain/day';
import { renderApp } from '../../support/render-app';

// A lazy screen's first load can take a while in a cold test run.
const firstLoad = { timeout: 10_000 };

function heading(name: string) {
  return screen.findByRole('heading', { level: 1, name }, firstLoad);
}

describe('the page title', () => {
  it('names the screen, and goes back to the app’s name on Today', async () => {
    const { user } = renderApp('/look-back');
    await heading('Your wins so far');
    await waitFor(() => expect(document.title).toBe('Look back · Small Wins'));

    await user.click(screen.getByRole('link', { name: 'More' }));
    await heading('Settings and help');
    await waitFor(() => expect(document.title).toBe('More · Small Wins'));

    await user.click(screen.getByRole('link', { name: 'Today' }));
    await waitFor(() => expect(document.title).toBe('Small Wins'));
  });

  it('names a day in Look back by its date, and the hard-day view by what it is for', async () => {
    const { unmount } = renderApp('/look-back/day/2026-11-24');
    await waitFor(() => expect(document.title).toBe(`${dayHeading('2026-11-24', dayOf(new Date()))} · Small Wins`));
    unmount();
    renderApp('/jar/pull');
    await waitFor(() => expect(document.title).toBe('For a hard day · Small Wins'));
  });
});
