/** One small win, as stored. Every field is JSON-safe so exports and a future sync carry it as is. */
export interface Win {
  /** Random UUID v4, never reused or changed. */
  id: string;
  text: string;
  /** Why it mattered; empty when the person left it out. */
  why: string;
  tags: string[];
  /** The local calendar day the win counts for, `yyyy-MM-dd`. */
  day: string;
  createdAt: number;
  updatedAt: number;
  /** Soft delete: the row stays as a tombstone so a merge cannot bring it back. */
  deletedAt: number | null;
}

export const WIN_TEXT_MAX = 2000;
