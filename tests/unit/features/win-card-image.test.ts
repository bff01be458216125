import { describe, expect, it } from 'vitest';
import { wrapLines } from '@/features/today/win-card-image';

// Every character 10 units wide: a line of width 100 holds ten.
const measure = (text: string) => Array.from(text).length * 10;

describe('the lines on a shared win card', () => {
  it('cuts a word too long for one line where the line ends, so nothing runs off the card', () => {
    const lines = wrapLines(measure, 'I did it: aaaaaaaaaabbbbbbbbbbcccc!', 100);
    expect(lines).toEqual(['I did it:', 'aaaaaaaaaa', 'bbbbbbbbbb', 'cccc!']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('cuts a long row of emoji between them, never through one', () => {
    const lines = wrapLines(measure, '🌬️🌬️🌬️🌬️🌬️🌬️🌬️', 40);
    expect(lines.join('')).toBe('🌬️🌬️🌬️🌬️🌬️🌬️🌬️');
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(40);
      expect(line).not.toMatch(/^\uFE0F/);
    }
  });
});
