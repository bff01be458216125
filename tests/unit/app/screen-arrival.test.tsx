import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { dayHeading, dayOf } from '@/domain/day';
import { renderApp } from '../../support/render-app';

// A lazy screen's first load can take a while in a cold test run.
const firstLoad = { timeout: 10_000 };

function heading(name: string) {
  return screen.findByRole('heading', { level: 1, name }, firstLoad);
}

describe('arriving on another screen', () => {
  it('leaves focus and the scroll position alone on the screen the app opens on', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    renderApp('/more');
    expect(await heading('Settings and help')).not.toHaveFocus();
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('starts a screen opened from a link at its top, with focus on its heading', async () => {
    const { user } = renderApp('/more');
    await heading('Settings and help');
    const scrollTo = vi.spyOn(window, 'scrollTo');
    await user.click(await screen.findByRole('link', { name: 'Reminders' }));
    const reminders = await heading('A gentle nudge, if you want one');
    await waitFor(() => expect(reminders).toHaveFocus());
    expect(scrollTo).toHaveBeenCalledWith(0, 0);

    await user.click(screen.getByRole('link', { name: 'Back to More' }));
    const more = await heading('Settings and help');
    await waitFor(() => expect(more).toHaveFocus());
  });

  it('arrives as ever with the skip link’s #main or an address it cannot read after its #', async () => {
    for (const hash of ['#main', '#50%']) {
      window.location.hash = hash;
      const { user, unmount } = renderApp('/more');
      await heading('Settings and help');
      await user.click(await screen.findByRole('link', { name: 'Reminders' }));
      const reminders = await heading('A gentle nudge, if you want one');
      await waitFor(() => expect(reminders).toHaveFocus());
      unmount();
    }
    window.location.hash = '';
  });

  it('does the same for a tab, and for the hard-day link and a day in Look back', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: 'Having a hard day? Pull a win from the jar' }));
    const hardDay = await heading('You have done hard things before');
    await waitFor(() => expect(hardDay).toHaveFocus());

    await user.click(screen.getByRole('link', { name: 'Look back' }));
    const lookBack = await heading('Your wins so far');
    await waitFor(() => expect(lookBack).toHaveFocus());

    await user.click(await screen.findByRole('link', { current: 'date' }, firstLoad));
    const today = dayOf(new Date());
    const day = await heading(dayHeading(today, today));
    await waitFor(() => expect(day).toHaveFocus());
  });

  it('leaves Today’s win field ready, as on opening the app', async () => {
    const { user } = renderApp('/more');
    await heading('Settings and help');
    await user.click(screen.getByRole('link', { name: 'Today' }));
    const field = screen.getByRole('textbox', { name: 'Your win' });
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('leaves focus where a screen puts it itself: the first step of finding the win in a hard day', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Find the win in a hard day, step by step' }));
    const step = await screen.findByRole('textbox', { name: 'What was hard today?' }, firstLoad);
    await waitFor(() => expect(step).toHaveFocus());
  });
});
