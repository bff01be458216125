/** A win being written. Kept on the device as it is typed, so a reload or a crash loses nothing. */
export interface Draft {
  text: string;
  why: string;
  /** The tags field as typed, parsed only on save. */
  tags: string;
  /** A past day being filled in, or null for the current day. */
  day: string | null;
  /** Values chosen for the win being written. */
  valueIds: string[];
}

export const emptyDraft: Draft = { text: '', why: '', tags: '', day: null, valueIds: [] };

export function isDraftEmpty(draft: Draft): boolean {
  return draft.text === '' && draft.why === '' && draft.tags === '' && draft.valueIds.length === 0;
}

/**
 * A stored draft as the app opens it again. An earlier day picked with nothing written for it
 * goes back to the current day, so the wins written tonight never land on a day left chosen
 * last week. Words already written for that day keep it: the person was part-way through.
 */
export function reopenedDraft(draft: Draft): Draft {
  return draft.day !== null && isDraftEmpty(draft) ? { ...draft, day: null } : draft;
}
