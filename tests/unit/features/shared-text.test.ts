import { describe, expect, it } from 'vitest';
import { sharedDraftText } from '@/features/share/shared-text-screen';

describe('sharedDraftText', () => {
  it('joins title, text and link, skipping empty and repeated parts', () => {
    expect(sharedDraftText('?title=Hi&text=Walked%20to%20the%20bus&url=')).toBe('Hi\nWalked to the bus');
    expect(sharedDraftText('?title=Same&text=Same')).toBe('Same');
    expect(sharedDraftText('')).toBe('');
  });
});
