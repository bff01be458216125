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
