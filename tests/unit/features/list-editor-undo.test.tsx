import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { promptsRepo } from '@/db/repo/prompts';
import { valuesRepo } from '@/db/repo/values';
import { dayOf } from '@/domain/day';
import { builtInPrompts } from '@/domain/prompts';
import { makeWin } from '../../support/factories';
import { renderApp } from '../../support/render-app';

const sheet = (name: string) => screen.findByRole('dialog', { name }, { timeout: 5000 });

describe('removing from a list, and undoing it', () => {
  // The sheet holds every built-in prompt, and jsdom takes its time over one so long.
  it('puts a prompt back in its place, and focus goes from Remove to Undo to the prompt', { timeout: 15_000 }, async () => {
    await promptsRepo.add({ text: 'Who made you laugh?', theme: 'own' });
    await promptsRepo.add({ text: 'What did you let go of?', theme: 'own' });
    const before = await promptsRepo.list();
    const place = builtInPrompts.length + 1;
    const { user } = renderApp('/more');
    await user.click(await screen.findByRole('button', { name: 'Edit prompts' }));
    const prompts = within(await sheet('Your prompts'));
    expect(await prompts.findByRole('textbox', { name: `Prompt ${place}` })).toHaveValue('Who made you laugh?');

    await user.click(prompts.getByRole('button', { name: 'Remove “Who made you laugh?”' }));
    // Cheaper than asking by role while it waits: the built-in prompts make a long sheet.
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Undo'));
    const undo = prompts.getByRole('button', { name: 'Undo' });
    expect(prompts.getByRole('status')).toHaveTextContent('Removed “Who made you laugh?”. Undo');
    // Focus does not fall out of the sheet with the button that went: it is on Undo, ready.
    expect(undo).toHaveFocus();
    expect(undo).toHaveAccessibleDescription('Removed “Who made you laugh?”.');
    // The offer stands where the prompt stood.
    expect(undo.closest('li')?.previousElementSibling?.querySelector('textarea')).toHaveValue(builtInPrompts.at(-1)!.text);
    await waitFor(async () => expect(await promptsRepo.list()).toHaveLength(before.length - 1));

    await user.click(undo);
    const back = await prompts.findByDisplayValue('Who made you laugh?');
    expect(back).toHaveAccessibleName(`Prompt ${place}`);
    await waitFor(() => expect(back).toHaveFocus());
    expect(prompts.queryByRole('status')).not.toBeInTheDocument();
    expect(await promptsRepo.list()).toEqual(before);
  });

  it('gives a value back with its id, so a win tagged with it names it again', async () => {
    for (const text of ['Kindness', 'Courage', 'Rest']) await valuesRepo.add({ text });
    const before = await valuesRepo.list();
    const courage = before[1]!;
    await db.wins.add(makeWin({ text: 'Spoke up at the meeting', day: dayOf(new Date()), createdAt: Date.now(), valueIds: [courage.id] }));
    const { user, location } = renderApp('/values');
    await user.click(await screen.findByRole('button', { name: 'Write your own, rename, reorder or archive' }));
    const values = within(await sheet('Your values'));
    await user.click(await values.findByRole('button', { name: 'Remove “Courage”' }));
    expect(await values.findByRole('button', { name: 'Undo' })).toHaveFocus();
    expect(values.getAllByRole('textbox', { name: /^Value \d$/ }).map((field) => (field as HTMLTextAreaElement).value)).toEqual(['Kindness', 'Rest']);

    await user.click(values.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(values.getByRole('textbox', { name: 'Value 2' })).toHaveValue('Courage'));
    expect(await valuesRepo.list()).toEqual(before);

    await user.click(values.getByRole('button', { name: 'Done' }));
    location.navigate('/');
    const todaysWins = await screen.findByRole('region', { name: 'Today’s wins' });
    const card = (await within(todaysWins).findByText('Spoke up at the meeting')).closest('li')!;
    await waitFor(() => expect(within(card).getByRole('list', { name: 'Values' })).toHaveTextContent('Courage'));
  });

  it('offers one removal back at a time: the next Remove moves the offer and focus to it', async () => {
    for (const text of ['Kindness', 'Courage', 'Rest']) await valuesRepo.add({ text });
    const { user } = renderApp('/values');
    await user.click(await screen.findByRole('button', { name: 'Write your own, rename, reorder or archive' }));
    const values = within(await sheet('Your values'));
    await user.click(await values.findByRole('button', { name: 'Remove “Kindness”' }));
    await values.findByText('Removed “Kindness”.');
    await user.click(values.getByRole('button', { name: 'Remove “Rest”' }));
    await values.findByText('Removed “Rest”.');
    expect(values.queryByText('Removed “Kindness”.')).not.toBeInTheDocument();
    expect(values.getByRole('button', { name: 'Undo' })).toHaveFocus();
  });
});
