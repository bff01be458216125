import { describe, expect, it } from 'vitest';
import { cardLines, wrapLines } from '@/components/win-card-image';

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

  it('starts Hebrew and Arabic from the right, each paragraph by its own first letter', () => {
    const lines = cardLines(measure, '🌤️ יצאתי מהמיטה\nThen tea\n12 مشيت إلى المتجر', 100);
    expect(lines).toEqual([
      // An emoji or a number first decides nothing: the first letter does.
      { text: '🌤️ יצאתי', rtl: true },
      { text: 'מהמיטה', rtl: true },
      { text: 'Then tea', rtl: false },
      { text: '12 مشيت', rtl: true },
      { text: 'إلى المتجر', rtl: true },
    ]);
  });
});
