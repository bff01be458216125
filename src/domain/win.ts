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
  /** 1 while the win is in the Win Jar (the default); 0 once taken out. */
  inJar: 0 | 1;
  /** 1 for a win the person keeps close. */
  favourite: 0 | 1;
}

export const WIN_TEXT_MAX = 2000;
