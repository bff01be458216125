import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchDownloads } from '../../support/file-catcher';
import { renderApp } from '../../support/render-app';

const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/** Makes this test's browser an iPhone, opened from the Home Screen or in Safari. */
function beIphone({ installed }: { installed: boolean }) {
  const setAppBadge = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'userAgent', { value: iphone, configurable: true });
  Object.defineProperty(navigator, 'standalone', { value: installed, configurable: true });
  Object.defineProperty(navigator, 'setAppBadge', { value: setAppBadge, configurable: true });
  Object.defineProperty(navigator, 'clearAppBadge', { value: vi.fn(() => Promise.resolve()), configurable: true });
  return { setAppBadge };
}

afterEach(() => {
  for (const key of ['userAgent', 'standalone', 'setAppBadge', 'clearAppBadge']) Reflect.deleteProperty(navigator, key);
  vi.unstubAllGlobals();
});

describe('the reminders screen', () => {
  it('will not save a calendar reminder without a time, and says why', async () => {
    renderApp('/reminders');
    const field = await screen.findByLabelText('Remind me at');
    const save = screen.getByRole('button', { name: 'Save the calendar reminder' });
    expect(save).toBeEnabled();
    fireEvent.change(field, { target: { value: '' } });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Choose a time first, and the reminder can be saved.');
    fireEvent.change(field, { target: { value: '07:45' } });
    expect(save).toBeEnabled();
  });

  it('opens at the time chosen last, so changing the reminder starts from the one in the calendar', async () => {
    const downloads = catchDownloads();
    const first = renderApp('/reminders');
    const field = await screen.findByLabelText('Remind me at');
    expect(field).toHaveValue('20:30');
    fireEvent.change(field, { target: { value: '21:15' } });
    await first.user.click(screen.getByRole('button', { name: 'Save the calendar reminder' }));
    await waitFor(() => expect(downloads.map((file) => file.name)).toEqual(['small-wins-reminder.ics']));
    first.unmount();
    renderApp('/reminders');
    expect(await screen.findByLabelText('Remind me at')).toHaveValue('21:15');
    localStorage.removeItem('small-wins:reminder-time');
    vi.restoreAllMocks();
  });

  it('says which calendars open the file on each platform, Google Calendar on Android included', async () => {
    renderApp('/reminders');
    expect(await screen.findByText(/Google Calendar’s app cannot open one/)).toBeVisible();
    expect(screen.getByText(/choose Add to\s+Calendar/)).toBeVisible();
  });

  it('says plainly that Chrome on Android shows no dot', async () => {
    renderApp('/reminders');
    expect(await screen.findByText(/Chrome on Android does not show dots/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Allow the dot/ })).toBeNull();
  });

  it('on an iPhone Home Screen app, asks for the dot only when tapped, and then shows it', async () => {
    const { setAppBadge } = beIphone({ installed: true });
    const requestPermission = vi.fn(() => Promise.resolve('granted' as const));
    vi.stubGlobal('Notification', { permission: 'default', requestPermission });
    const { user } = renderApp('/reminders');
    const allow = await screen.findByRole('button', { name: 'Allow the dot on iPhone' });
    expect(requestPermission).not.toHaveBeenCalled();
    await waitFor(() => expect(setAppBadge).toHaveBeenCalled());
    setAppBadge.mockClear();
    await user.click(allow);
    expect(requestPermission).toHaveBeenCalledOnce();
    expect(await screen.findByText(/The dot is on/)).toBeVisible();
    // Today has no win yet, so the dot goes on at once instead of at the next change.
    expect(setAppBadge).toHaveBeenCalled();
  });

  it('in iPhone Safari, says to add it to the Home Screen first and asks nothing', async () => {
    beIphone({ installed: false });
    const requestPermission = vi.fn();
    vi.stubGlobal('Notification', { permission: 'default', requestPermission });
    renderApp('/reminders');
    expect(await screen.findByText(/Add Small Wins to your Home Screen first/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Allow the dot/ })).toBeNull();
    expect(requestPermission).not.toHaveBeenCalled();
  });
});
