import { parseTags, TAGS_MAX } from './tags';
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

export type WinFieldsProblem = WinTextProblem | 'why-too-long' | 'too-many-tags' | 'struggle-too-long';

export interface WinFields {
  text: string;
  why: string;
  /** As typed: "walk, morning". */
  tags: string;
  /** What was hard, from the reframe flow. */
  struggle?: string;
}

export type WinFieldsCheck = { ok: true; text: string; why: string; tags: string[]; struggle: string } | { ok: false; problem: WinFieldsProblem };

/**
 * Checks every field of a win against the limits a backup is checked against on import, so
 * whatever can be saved can be brought back in.
 */
export function checkWinFields(fields: WinFields): WinFieldsCheck {
  const checked = checkWinText(fields.text);
  if (!checked.ok) return checked;
  const why = fields.why.trim();
  if (why.length > WIN_TEXT_MAX) return { ok: false, problem: 'why-too-long' };
  const struggle = (fields.struggle ?? '').trim();
  if (struggle.length > WIN_TEXT_MAX) return { ok: false, problem: 'struggle-too-long' };
  const tags = parseTags(fields.tags);
  if (tags.length > TAGS_MAX) return { ok: false, problem: 'too-many-tags' };
  return { ok: true, text: checked.text, why, tags, struggle };
}
