import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { dayOf } from '@/domain/day';
import { builtInPrompts } from '@/domain/prompts';
import { renderApp } from '../../support/render-app';
import { quoted } from '@/domain/quoted';

describe('choosing a prompt to write about', () => {
  // The sheet holds every built-in prompt, and jsdom takes its time over one so long.
  it('closes the sheet, shows the prompt on Today for the day, and the win saved under it records it', { timeout: 15_000 }, async () => {
    const chosen = builtInPrompts[7]!;
    const { user, location } = renderApp('/more');
    await user.click(await screen.findByRole('button', { name: 'Edit prompts' }));
    const sheet = await screen.findByRole('dialog', { name: 'Your prompts' }, { timeout: 5000 });
    await user.click(within(sheet).getByRole('button', { name: `Write about this: ${quoted(chosen.text)}` }));

    await waitFor(() => expect(location.history.at(-1)).toBe('/'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.composer-prompt')).toHaveTextContent(chosen.text));
    expect((await db.promptDays.get(dayOf(new Date())))?.shown.at(-1)).toBe(chosen.id);

    const field = screen.getByRole('textbox', { name: 'Your win' });
    await waitFor(() => expect(field).toHaveFocus());
    await user.type(field, 'Asked for a hand with the shopping{Enter}');
    await waitFor(async () => expect((await db.wins.toArray()).map((win) => win.promptId)).toEqual([chosen.id]));
  });

  it('is offered on the prompts that show, not on hidden ones', { timeout: 15_000 }, async () => {
    const { user } = renderApp('/more');
    await user.click(await screen.findByRole('button', { name: 'Edit prompts' }));
    const sheet = await screen.findByRole('dialog', { name: 'Your prompts' }, { timeout: 5000 });
    const first = builtInPrompts[0]!.text;
    await user.click(within(sheet).getByRole('button', { name: `Hide ${quoted(first)}` }));
    await waitFor(() => expect(within(sheet).queryByRole('button', { name: `Write about this: ${quoted(first)}` })).not.toBeInTheDocument());
    expect(within(sheet).getByRole('button', { name: `Write about this: ${quoted(builtInPrompts[1]!.text)}` })).toBeVisible();
  });
});
