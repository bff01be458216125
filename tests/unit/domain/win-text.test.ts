import { describe, expect, it } from 'vitest';
import { WIN_TEXT_MAX } from '@/domain/win';
import { checkWinText } from '@/domain/win-text';

describe('checkWinText', () => {
  it('refuses an empty or whitespace-only win', () => {
    expect(checkWinText('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkWinText('  \n\t ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('refuses text over the length limit instead of cutting it', () => {
    expect(checkWinText('a'.repeat(WIN_TEXT_MAX + 1))).toEqual({ ok: false, problem: 'too-long' });
    expect(checkWinText('a'.repeat(WIN_TEXT_MAX))).toEqual({ ok: true, text: 'a'.repeat(WIN_TEXT_MAX) });
  });

  it('keeps emoji, right-to-left text, inner line breaks and markup exactly as typed', () => {
    const typed = '  Called mum 📞\nقلت لا بلطف\n<b>proud</b>  ';
    expect(checkWinText(typed)).toEqual({ ok: true, text: 'Called mum 📞\nقلت لا بلطف\n<b>proud</b>' });
  });
});
