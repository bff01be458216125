import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeDeviceKey } from '@/db/device-keys';
import { listenForInstallOffer } from '@/pwa/install';
import { INSTALL_OFFER_KEY } from '@/pwa/install-offer-on-today';
import { useAppStore } from '@/store/store';
import { renderApp } from '../../support/render-app';

const card = () => screen.queryByRole('region', { name: 'Keep Small Wins on your home screen' });
const field = () => screen.getByRole('textbox', { name: 'Your win' });
const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/** Chromium's install offer, as the page receives it. */
function offerInstall() {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(() => Promise.resolve()),
    userChoice: Promise.resolve({ outcome: 'accepted' as const }),
  });
  act(() => void window.dispatchEvent(event));
  return event;
}

beforeAll(() => listenForInstallOffer());

afterEach(() => {
  writeDeviceKey(INSTALL_OFFER_KEY, null);
  Reflect.deleteProperty(navigator, 'userAgent');
  act(() => useAppStore.getState().setCanInstall(false));
});

describe('the home screen, offered on Today', () => {
  it('waits for today’s first win, then offers the browser’s install, which a tap opens, handing focus to the screen', async () => {
    const { user } = renderApp('/');
    const offer = offerInstall();
    expect(card()).toBeNull();
    await user.type(field(), 'Drank a glass of water{Enter}');
    const shown = await screen.findByRole('region', { name: 'Keep Small Wins on your home screen' });
    await user.click(within(shown).getByRole('button', { name: 'Install app' }));
    expect(offer.prompt).toHaveBeenCalledOnce();
    await waitFor(() => expect(card()).toBeNull());
    // The card went with the button pressed: focus stays on the screen, not the page itself.
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('on an iPhone in Safari, leads to the Add to Home Screen steps on More', async () => {
    Object.defineProperty(navigator, 'userAgent', { value: iphone, configurable: true });
    const { user, location } = renderApp('/');
    await user.type(field(), 'Drank a glass of water{Enter}');
    const shown = await screen.findByRole('region', { name: 'Keep Small Wins on your home screen' });
    await user.click(within(shown).getByRole('link', { name: 'Show me how' }));
    expect(location.history.at(-1)).toBe('/more');
    expect(await screen.findByRole('heading', { name: 'Settings and help' })).toBeVisible();
  });

  it('goes for good with Not now, handing focus to the screen', async () => {
    const first = renderApp('/');
    offerInstall();
    await first.user.type(field(), 'Drank a glass of water{Enter}');
    const shown = await screen.findByRole('region', { name: 'Keep Small Wins on your home screen' });
    await first.user.click(within(shown).getByRole('button', { name: 'Not now' }));
    expect(card()).toBeNull();
    expect(screen.getByRole('main')).toHaveFocus();
    first.unmount();
    renderApp('/');
    expect(await screen.findByText('Drank a glass of water')).toBeVisible();
    expect(card()).toBeNull();
  });

  it('is never offered where there is no way to install', async () => {
    const { user } = renderApp('/');
    await user.type(field(), 'Drank a glass of water{Enter}');
    expect(await screen.findByText('Drank a glass of water')).toBeVisible();
    expect(card()).toBeNull();
  });
});
