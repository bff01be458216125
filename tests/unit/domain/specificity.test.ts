import { describe, expect, it } from 'vitest';
import { invitesMoreDetail } from '@/domain/specificity';

describe('invitesMoreDetail', () => {
  it('invites detail for vague or very short wins', () => {
    for (const text of ['good day', 'Good day!', 'fine', 'productive', 'did stuff', 'walk']) {
      expect(invitesMoreDetail(text)).toBe(true);
    }
  });

  it('stays quiet for a specific win, and for an empty field', () => {
    expect(invitesMoreDetail('Called my sister and told her how I really felt')).toBe(false);
    expect(invitesMoreDetail('Walked to the shop')).toBe(false);
    expect(invitesMoreDetail('   ')).toBe(false);
  });
});
