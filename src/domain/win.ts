import type { StoredSearchWords } from './search-text';
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
  /** The prompt showing when the win was written, if any. */
  promptId: string | null;
  /** 1 for a win found inside a hard day, through the reframe flow. */
  foundInStruggle: 0 | 1;
  /** What was hard, in the person's words. Private: shown with the win, never in the jar unless chosen. */
  struggle: string;
  /** 1 when the person chose to let what was hard come out of the jar with the win. */
  struggleInJar: 0 | 1;
  /** The person's values this win touched, by id, so renaming a value needs no rewrite. */
  valueIds: string[];
  /** Set when checking off a goal's step logged this win. */
  goalId: string | null;
  stepId: string | null;
  /** Folded words of text, why and tags, for search (see StoredSearchWords). Derived: rewritten whenever those change. */
  searchWords: StoredSearchWords;
}

export const WIN_TEXT_MAX = 2000;
