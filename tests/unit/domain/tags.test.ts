import { describe, expect, it } from 'vitest';
import { formatTags, parseTags, TAG_MAX_LENGTH } from '@/domain/tags';

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and repeats that differ only in case', () => {
    expect(parseTags(' walk, Morning ,, walk , MORNING, self  care ')).toEqual(['walk', 'Morning', 'self care']);
  });

  it('keeps each tag short', () => {
    expect(parseTags('x'.repeat(100))).toEqual(['x'.repeat(TAG_MAX_LENGTH)]);
  });

  it('round-trips through formatTags', () => {
    expect(parseTags(formatTags(['rest', 'friends']))).toEqual(['rest', 'friends']);
  });
});
