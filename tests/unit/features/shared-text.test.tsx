import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readDraft, saveDraft } from '@/db/repo/drafts';
import { emptyDraft } from '@/domain/draft';
import { withTextAdded } from '@/domain/draft-text';
import { sharedDraftText } from '@/features/share/shared-text-screen';
import { renderApp } from '../../support/render-app';

const field = () => screen.getByRole('textbox', { name: 'Your win' });
const added = 'What you shared was added to your draft, on a new line.';

describe('sharedDraftText', () => {
  it('joins title, text and link, skipping empty and repeated parts', () => {
    expect(sharedDraftText('?title=Hi&text=Walked%20to%20the%20bus&url=')).toBe('Hi\nWalked to the bus');
    expect(sharedDraftText('?title=Same&text=Same')).toBe('Same');
    expect(sharedDraftText('')).toBe('');
  });

  it('keeps the link, once, even when the text already holds it', () => {
    expect(sharedDraftText('?text=Kind%20words&url=https%3A%2F%2Fexample.org%2Fa')).toBe('Kind words\nhttps://example.org/a');
    expect(sharedDraftText('?text=Read%20https%3A%2F%2Fexample.org%2Fa&url=https%3A%2F%2Fexample.org%2Fa')).toBe('Read https://example.org/a');
  });
});

describe('withTextAdded', () => {
  it('adds the shared words after the draft on a new line, and only once', () => {
    expect(withTextAdded('', 'Shared')).toBe('Shared');
    expect(withTextAdded('Typed first  ', 'Shared')).toBe('Typed first\nShared');
    expect(withTextAdded('Typed first\nShared', 'Shared')).toBe('Typed first\nShared');
  });
});

describe('sharing into Small Wins', () => {
  it('puts what is shared on the current day when an earlier day was left chosen with nothing written', async () => {
    await saveDraft({ ...emptyDraft, day: '2026-09-15' });
    renderApp('/share?text=Asked%20for%20help');
    await waitFor(() => expect(field()).toHaveValue('Asked for help'));
    expect((await readDraft()).day).toBeNull();
  });

  it('opened cold, adds the shared text to the draft kept from last time instead of replacing it', async () => {
    await saveDraft({ ...emptyDraft, text: 'Half a thought' });
    const { location } = renderApp('/share?title=From%20my%20notes&text=Walked%20Jo%20to%20the%20bus');
    await waitFor(() => expect(field()).toHaveValue('Half a thought\nFrom my notes\nWalked Jo to the bus'));
    expect(location.history.at(-1)).toBe('/');
    expect(screen.getByText(added)).toBeInTheDocument();
    await waitFor(async () => expect((await readDraft()).text).toBe('Half a thought\nFrom my notes\nWalked Jo to the bus'));
  });

  it('with the app already open, keeps what is being typed and adds the shared link after it', async () => {
    const { user, location } = renderApp('/');
    await user.type(field(), 'Typed just now');
    act(() => location.navigate('/share?text=Look&url=https%3A%2F%2Fexample.org%2F'));
    await waitFor(() => expect(field()).toHaveValue('Typed just now\nLook\nhttps://example.org/'));
    expect(screen.getByText(added)).toBeInTheDocument();
  });
});
