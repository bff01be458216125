import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { listenForInstallOffer } from '@/pwa/install';
import { InstallPanel } from '@/pwa/install-panel';

const panelTitle = 'Keep Small Wins on your home screen';

/** Chromium's install offer, as the page receives it, answering as the person did. */
function offerInstall(outcome: 'accepted' | 'dismissed') {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(() => Promise.resolve()),
    userChoice: Promise.resolve({ outcome }),
  });
  act(() => void window.dispatchEvent(event));
  return event;
}

beforeAll(() => listenForInstallOffer());

afterEach(() => {
  Reflect.deleteProperty(navigator, 'standalone');
  vi.restoreAllMocks();
});

describe('the install panel on More', () => {
  it('offers to install in a browser tab', () => {
    render(<InstallPanel />);
    expect(screen.getByRole('region', { name: panelTitle })).toBeVisible();
  });

  it('is not shown in the installed app (display-mode standalone)', () => {
    const real = window.matchMedia.bind(window);
    const standalone = { matches: true, media: '(display-mode: standalone)' } as unknown as MediaQueryList;
    vi.spyOn(window, 'matchMedia').mockImplementation((query) => (query === standalone.media ? standalone : real(query)));
    render(<InstallPanel />);
    expect(screen.queryByRole('region', { name: panelTitle })).toBeNull();
  });

  it('is not shown when opened from the iPhone Home Screen (navigator.standalone)', () => {
    Object.defineProperty(navigator, 'standalone', { value: true, configurable: true });
    render(<InstallPanel />);
    expect(screen.queryByRole('region', { name: panelTitle })).toBeNull();
  });

  it('after the install prompt is accepted, says it is installed and how to open it', async () => {
    const user = userEvent.setup();
    render(<InstallPanel />);
    const offer = offerInstall('accepted');
    await user.click(screen.getByRole('button', { name: 'Install app' }));
    expect(offer.prompt).toHaveBeenCalledOnce();
    expect(await screen.findByRole('heading', { name: 'Small Wins is installed' })).toBeVisible();
    // The button tapped has gone: focus goes to the news rather than falling to the page.
    expect(screen.getByRole('heading', { name: 'Small Wins is installed' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Open it from your home screen or your list of apps');
    expect(screen.queryByText(/browser’s menu/)).toBeNull();
  });

  it('says it is installed when that happened from the browser’s own menu', async () => {
    render(<InstallPanel />);
    act(() => void window.dispatchEvent(new Event('appinstalled')));
    expect(await screen.findByRole('heading', { name: 'Small Wins is installed' })).toBeVisible();
  });

  it('still says it is installed when the tab it was installed from is opened again, until the browser offers it again', async () => {
    render(<InstallPanel />).unmount();
    act(() => void window.dispatchEvent(new Event('appinstalled')));
    // A reload: the store starts again from what the device kept.
    vi.resetModules();
    const { useAppStore } = await import('@/store/store');
    const { InstallPanel: Reloaded } = await import('@/pwa/install-panel');
    expect(useAppStore.getState().justInstalled).toBe(true);
    render(<Reloaded />);
    expect(screen.getByRole('heading', { name: 'Small Wins is installed' })).toBeVisible();
    expect(screen.queryByText(/browser’s menu/)).toBeNull();
    // Removed since: the browser offers to install it again, and the panel offers it again.
    offerInstall('dismissed');
    expect(localStorage.getItem('small-wins:installed')).toBeNull();
  });
});
