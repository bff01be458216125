import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';

const nudge = 'The evening is a good moment to notice one small thing from today. Anything counts.';
const field = () => screen.getByRole('textbox', { name: 'Your win' });
const list = () => screen.getByRole('region', { name: 'Today’s wins' });

describe('the evening nudge on Today', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 19, 30));
  });
  afterEach(() => vi.useRealTimers());

  it('goes away with today’s first win, and comes back if that win is deleted', async () => {
    const { user } = renderApp('/');
    expect(await screen.findByText(nudge)).toBeVisible();
    await user.type(field(), 'Watered the plant{Enter}');
    expect(await within(list()).findByText('Watered the plant')).toBeVisible();
    expect(screen.queryByText(nudge)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete “Watered the plant”' }));
    expect(await screen.findByText(nudge)).toBeVisible();
  });
});
