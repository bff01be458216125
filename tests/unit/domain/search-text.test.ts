import { describe, expect, it } from 'vitest';
import { foldText, highlightParts, matchesQuery, queryWords, searchWordsOf, winSearchWords, wordsOfStored } from '@/domain/search-text';
import { onThisDayDays } from '@/domain/on-this-day';
import { seededRandom } from '../../support/seeded-random';

describe('search text', () => {
  it('folds case and accents', () => {
    expect(foldText('WÅLKED Café')).toBe('walked cafe');
  });

  it('indexes each distinct word of text, why and tags', () => {
    expect(searchWordsOf('Went for a walk, a WALK!', 'fresh air', 'outdoors')).toEqual(['went', 'for', 'a', 'walk', 'fresh', 'air', 'outdoors']);
  });

  it('finds the same words in plain text as the full folding does, and folds the rest', () => {
    // The full path, written out: every text folded (NFD, marks dropped, lowercased), words of letters and digits.
    const fully = (text: string) => [...new Set(foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [])];
    const random = seededRandom(7);
    const characters = ['a', 'Z', 'q', '7', '0', ' ', '\n', '\t', '-', "'", '_', '.', '!', '~', '\u00a0', '\u2028'];
    for (let sample = 0; sample < 500; sample += 1) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => characters[Math.floor(random() * characters.length)]).join('');
      expect(searchWordsOf(text)).toEqual(fully(text));
    }
    expect(searchWordsOf('Walked to the CAFÉ, 2 km — مشيت')).toEqual(['walked', 'to', 'the', 'cafe', '2', 'km', 'مشيت']);
  });

  it('matches when every query word begins some word, in the stored form and in the older array', () => {
    const win = { text: 'Walked to the shop', why: 'Fresh air', tags: ['out-doors'] };
    const stored = winSearchWords(win);
    for (const words of [stored, searchWordsOf(win.text, win.why, ...win.tags)]) {
      expect(matchesQuery(words, queryWords('walk'))).toBe(true);
      expect(matchesQuery(words, queryWords('WALK sho'))).toBe(true);
      expect(matchesQuery(words, queryWords('air doors'))).toBe(true);
      expect(matchesQuery(words, queryWords('alk'))).toBe(false);
      expect(matchesQuery(words, queryWords('oshop'))).toBe(false);
      expect(matchesQuery(words, queryWords('walk park'))).toBe(false);
    }
  });

  it('reads back the words a win stored, either way it stored them', () => {
    const win = { text: 'Called Noor — مشيت', why: '', tags: [] };
    expect(wordsOfStored(winSearchWords(win))).toEqual(['called', 'noor', 'مشيت']);
    expect(wordsOfStored(['called', 'noor'])).toEqual(['called', 'noor']);
    expect(wordsOfStored(winSearchWords({ text: '🌿 …', why: '', tags: [] }))).toEqual([]);
    expect(wordsOfStored(undefined)).toEqual([]);
  });

  it('marks whole matching words for highlighting, keeping the original text', () => {
    expect(highlightParts('Took a wålk, then walked home', queryWords('walk'))).toEqual([
      { text: 'Took a ', match: false },
      { text: 'wålk', match: true },
      { text: ', then ', match: false },
      { text: 'walked', match: true },
      { text: ' home', match: false },
    ]);
  });
});

describe('on this day', () => {
  it('looks a week, a month and each year back', () => {
    const days = onThisDayDays('2026-11-25');
    expect(days.slice(0, 4)).toEqual([
      { label: 'A week ago', day: '2026-11-18' },
      { label: 'A month ago', day: '2026-10-25' },
      { label: 'A year ago', day: '2025-11-25' },
      { label: '2 years ago', day: '2024-11-25' },
    ]);
  });
});
