import { describe, expect, it } from 'vitest';
import { kindWords, pickKindWord } from '@/domain/kind-words';

describe('pickKindWord', () => {
  it('never repeats the word just shown, whatever the random source says', () => {
    for (const previous of kindWords) {
      for (const roll of [0, 0.25, 0.5, 0.999]) {
        expect(pickKindWord(previous, () => roll)).not.toBe(previous);
      }
    }
  });

  it('reaches every kind word over time', () => {
    const seen = new Set<string>();
    let previous: string | null = null;
    for (let i = 0; i < 500; i += 1) {
      previous = pickKindWord(previous, () => (i * 0.137) % 1);
      seen.add(previous);
    }
    expect(seen.size).toBe(kindWords.length);
  });
});
