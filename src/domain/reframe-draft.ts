/**
 * Finding the win in a hard day, part-way: which step, and every answer so far. Kept as it is
 * typed (db/repo/reframe-draft.ts), so a reload, a closed app or the lock coming on loses none of
 * it: someone naming what was hard should never have to write it twice.
 */
export interface ReframeDraft {
  step: 0 | 1 | 2;
  hard: string;
  anyway: string;
  /** The win in the person's words, step three; it starts as what they did anyway. */
  win: string;
  /** What they did anyway when the win last started from it: a win still the same is theirs to start again. */
  winFrom: string;
  /** Whether what was hard comes out of the jar with the win. */
  hardInJar: boolean;
}

export const emptyReframeDraft: ReframeDraft = { step: 0, hard: '', anyway: '', win: '', winFrom: '', hardInJar: false };

/** Nothing written yet: there is nothing to pick up again. */
export function isReframeDraftEmpty(draft: ReframeDraft): boolean {
  return draft.hard === '' && draft.anyway === '' && draft.win === '';
}
