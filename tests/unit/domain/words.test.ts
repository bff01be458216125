import { describe, expect, it } from 'vitest';
import { numberInWords } from '@/domain/number-in-words';
import { withCommas } from '@/domain/with-commas';
import { whenInWords } from '@/domain/when-in-words';

describe('numberInWords', () => {
  it('spells counts out', () => {
    expect([0, 1, 12, 21, 40, 100, 112, 999].map(numberInWords)).toEqual([
      'zero', 'one', 'twelve', 'twenty-one', 'forty', 'one hundred', 'one hundred and twelve', 'nine hundred and ninety-nine',
    ]);
    expect(numberInWords(1005)).toBe('one thousand and five');
    expect(numberInWords(11_000)).toBe('eleven thousand');
    expect(numberInWords(100_250)).toBe('one hundred thousand two hundred and fifty');
  });

  it('falls back to digits for very large counts', () => {
    expect(numberInWords(1_000_000)).toBe('1,000,000');
  });
});

describe('whenInWords', () => {
  const today = '2026-11-25';
  it('says recent days plainly', () => {
    expect(whenInWords('2026-11-25', today)).toBe('Today');
    expect(whenInWords('2026-11-24', today)).toBe('Yesterday');
    expect(whenInWords('2026-11-22', today)).toBe('3 days ago, on Sunday 22 November');
  });

  it('says weeks, months and years, with the day', () => {
    expect(whenInWords('2026-11-04', today)).toBe('3 weeks ago, on Wednesday 4 November');
    expect(whenInWords('2026-08-25', today)).toBe('3 months ago, on Tuesday 25 August');
    expect(whenInWords('2025-03-04', today)).toBe('a year ago, on Tuesday 4 March 2025');
    expect(whenInWords('2023-11-25', today)).toBe('3 years ago, on Saturday 25 November 2023');
  });
});

describe('withCommas', () => {
  it('marks thousands as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 2000, 12_345, 1_000_000, 100_000_000]) expect(withCommas(n)).toBe(n.toLocaleString('en'));
  });
});
