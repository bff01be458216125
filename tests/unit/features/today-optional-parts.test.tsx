import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '@/store/store';
import { renderApp } from '../../support/render-app';

// The home-screen offer fails as it is drawn. A download that never arrives reaches the same
// place: the error goes to the nearest boundary above it.
const drawn = vi.hoisted(() => ({ tried: false }));
vi.mock('@/pwa/install-offer', () => ({
  InstallOffer: () => {
    drawn.tried = true;
    throw new Error('The offer could not be drawn');
  },
}));

describe('a bonus part of Today that fails', () => {
  it('is simply not there, and Today carries on with the field to write in', async () => {
    // React reports an error a boundary caught to the console: the sign it has been dealt with.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp('/');
    act(() => useAppStore.getState().setCanInstall(true));
    await user.type(screen.getByRole('textbox', { name: 'Your win' }), 'Drank a glass of water{Enter}');
    expect(await screen.findByText('Drank a glass of water')).toBeVisible();
    await waitFor(() => expect(drawn.tried).toBe(true));
    await waitFor(() => expect(reported).toHaveBeenCalled());
    expect(screen.queryByRole('heading', { name: 'This screen didn’t open' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Your win' })).toBeVisible();
    act(() => useAppStore.getState().setCanInstall(false));
  });
});
