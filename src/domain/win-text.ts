import { WIN_TEXT_MAX } from './win';

export type WinTextProblem = 'empty' | 'too-long';

export type WinTextCheck = { ok: true; text: string } | { ok: false; problem: WinTextProblem };

/**
 * Checks what the person typed without changing it: the text is kept exactly
 * as written (emoji, line breaks, right-to-left), only trimmed at the ends.
 */
export function checkWinText(raw: string): WinTextCheck {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, problem: 'empty' };
  if (text.length > WIN_TEXT_MAX) return { ok: false, problem: 'too-long' };
  return { ok: true, text };
}
