import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';

// Opened from the iPhone Home Screen the app has no browser back button, so each screen
// More leads to carries its own way back.
describe('screens reached from More', () => {
  it.each(['/reminders', '/values', '/goals', '/affirm', '/pause', '/backup'])('%s has a way back to More', async (path) => {
    const { user, location } = renderApp(path);
    // The tab bar says the same as the way back: this screen belongs to More.
    expect(screen.getByRole('link', { name: 'More' })).toHaveAttribute('aria-current', 'page');
    await user.click(await screen.findByRole('link', { name: 'Back to More' }));
    expect(location.history.at(-1)).toBe('/more');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings and help' })).toBeVisible();
  });
});
