/** A win being written. Kept on the device as it is typed, so a reload or a crash loses nothing. */
export interface Draft {
  text: string;
  why: string;
  /** The tags field as typed, parsed only on save. */
  tags: string;
  /** A past day being filled in, or null for the current day. */
  day: string | null;
}

export const emptyDraft: Draft = { text: '', why: '', tags: '', day: null };

export function isDraftEmpty(draft: Draft): boolean {
  return draft.text === '' && draft.why === '' && draft.tags === '';
}
