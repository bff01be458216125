import { describe, expect, it } from 'vitest';
import { builtInAffirmations } from '@/domain/affirmations';
import { pickKindWord } from '@/domain/kind-words';

const words = builtInAffirmations.map((affirmation) => affirmation.text);

describe('pickKindWord', () => {
  it('never repeats the word just shown, whatever the random source says', () => {
    for (const previous of words) {
      for (const roll of [0, 0.25, 0.5, 0.999]) {
        expect(pickKindWord(previous, words, () => roll)).not.toBe(previous);
      }
    }
  });

  it('reaches every kind word over time', () => {
    const seen = new Set<string>();
    let previous: string | null = null;
    for (let i = 0; i < 500; i += 1) {
      previous = pickKindWord(previous, words, () => (i * 0.137) % 1);
      seen.add(previous);
    }
    expect(seen.size).toBe(words.length);
  });

  it('uses the person’s own words, and still says something with a single one', () => {
    expect(pickKindWord('You can do this', ['You can do this'])).toBe('You can do this');
    expect(pickKindWord(null, [])).toBe('That counts.');
  });
});
