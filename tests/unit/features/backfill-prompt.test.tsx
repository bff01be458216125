import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';

/** The prompt above the field: what the field is described by first. */
function promptShown(): string {
  const field = screen.getByRole('textbox', { name: 'Your win' });
  const promptId = field.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
  return document.getElementById(promptId)?.textContent ?? '';
}

describe('the prompt while filling in an earlier day', () => {
  it('asks about that day, not today, and asks about today again back on today', async () => {
    const { user } = renderApp('/');
    await waitFor(() => expect(promptShown()).toMatch(/\?$/));
    // Most prompts speak of today; move on until this one does.
    for (let tries = 0; !/\btoday\b/.test(promptShown()) && tries < 30; tries += 1) {
      await user.click(screen.getByRole('button', { name: 'Another prompt' }));
    }
    const todays = promptShown();
    expect(todays).toMatch(/\btoday\b/);

    await user.click(await screen.findByRole('button', { name: 'Yesterday' }));
    expect(await screen.findByText('Adding to an earlier day')).toBeVisible();
    expect(promptShown()).toBe(todays.replace(/\btoday\b/g, 'that day'));

    await user.click(screen.getByRole('button', { name: 'Back to today' }));
    await waitFor(() => expect(promptShown()).toBe(todays));
    // The button is gone: focus went to the field for today's win rather than to the page.
    expect(screen.getByRole('textbox', { name: 'Your win' })).toHaveFocus();
  });
});
