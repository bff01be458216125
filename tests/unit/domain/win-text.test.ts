import { describe, expect, it } from 'vitest';
import { WIN_TEXT_MAX } from '@/domain/win';
import { checkWinFields, checkWinText } from '@/domain/win-text';
import { TAGS_MAX } from '@/domain/tags';

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

describe('checking every field of a win', () => {
  const fields = { text: 'Walked', why: '', tags: '' };
  const tags = (count: number) => Array.from({ length: count }, (_, index) => `tag ${index}`).join(', ');

  it('takes each field up to the limit an import accepts, trimmed', () => {
    expect(checkWinFields({ text: ' Walked ', why: ' felt good ', tags: tags(TAGS_MAX), struggle: ' heavy ' })).toMatchObject({
      ok: true,
      text: 'Walked',
      why: 'felt good',
      struggle: 'heavy',
    });
  });

  it.each([
    ['why it mattered', { ...fields, why: 'x'.repeat(WIN_TEXT_MAX + 1) }, 'why-too-long'],
    ['what was hard', { ...fields, struggle: 'x'.repeat(WIN_TEXT_MAX + 1) }, 'struggle-too-long'],
    ['the tags', { ...fields, tags: tags(TAGS_MAX + 1) }, 'too-many-tags'],
  ])('refuses %s over its limit, so no saved win makes a backup that cannot come back', (_name, input, problem) => {
    expect(checkWinFields(input)).toEqual({ ok: false, problem });
  });
});
