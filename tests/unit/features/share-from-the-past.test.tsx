import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addSlip } from '@/db/repo/jar';
import { addWin } from '@/db/repo/wins';
import { drawWinCard } from '@/components/win-card-image';
import { renderApp } from '../../support/render-app';

// jsdom draws nothing on a canvas; the sheet itself is tested in share-win-sheet.test.tsx.
vi.mock('@/components/win-card-image', () => ({
  drawWinCard: vi.fn(() => Promise.resolve(new Blob(['a png'], { type: 'image/png' }))),
}));

/** The open share sheet, once it has loaded. */
const shareSheet = () => screen.findByRole('dialog', { name: 'Share this win' });

describe('sharing a win pulled from the jar', () => {
  it('opens the share sheet for the win that came out, with why it mattered and nothing of what was hard', async () => {
    await addWin({
      text: 'Went to the appointment',
      why: 'I kept a promise to myself',
      day: '2026-11-20',
      struggle: { text: 'Could barely get dressed', inJar: true },
    });
    const { user } = renderApp('/jar');
    await user.click(await screen.findByRole('button', { name: 'Pull a win' }));
    const card = await screen.findByRole('article', { name: 'Went to the appointment' });
    // What was hard comes out of the jar with this win, but the sheet never offers it.
    expect(within(card).getByText('Could barely get dressed')).toBeVisible();

    await user.click(within(card).getByRole('button', { name: 'Share “Went to the appointment”' }));
    const sheet = await shareSheet();
    expect(within(sheet).getByText('Went to the appointment')).toBeVisible();
    expect(within(sheet).getByText('Why it mattered: I kept a promise to myself')).toBeVisible();
    expect(within(sheet).queryByText(/Could barely get dressed/)).not.toBeInTheDocument();
    expect(drawWinCard).toHaveBeenLastCalledWith('Went to the appointment', false);

    await user.click(within(sheet).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog', { name: 'Share this win' })).not.toBeInTheDocument();
    // The card stays out, ready for what comes next.
    expect(within(card).getByRole('button', { name: 'Pull another' })).toBeVisible();
  });

  it('shares a slip written straight into the jar the same way', async () => {
    await addSlip({ text: 'Sam said I make hard things feel lighter' });
    const { user } = renderApp('/jar');
    await user.click(await screen.findByRole('button', { name: 'Pull a win' }));
    await user.click(await screen.findByRole('button', { name: 'Share “Sam said I make hard things feel lighter”' }));
    expect(within(await shareSheet()).getByText('Sam said I make hard things feel lighter')).toBeVisible();
  });
});

describe('sharing a win from a day in Look back', () => {
  it('gives each of the day’s wins its own Share, opening the sheet for that win', async () => {
    await addWin({ text: 'Made soup from scratch', why: 'Fed myself well', day: '2026-11-20' });
    await addWin({ text: 'Called Gran', day: '2026-11-20' });
    const { user } = renderApp('/look-back/day/2026-11-20');
    expect(await screen.findByRole('button', { name: 'Share “Made soup from scratch”' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Share “Called Gran”' }));
    const sheet = await shareSheet();
    expect(within(sheet).getByText('Called Gran')).toBeVisible();
    expect(within(sheet).queryByText('Made soup from scratch')).not.toBeInTheDocument();
    expect(within(sheet).queryByText(/Why it mattered/)).not.toBeInTheDocument();
    expect(drawWinCard).toHaveBeenLastCalledWith('Called Gran', false);
  });
});
