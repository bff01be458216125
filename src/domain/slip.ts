/** A note written straight into the jar: a compliment, a good memory. Not a day's win. */
export interface Slip {
  id: string;
  text: string;
  why: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
  favourite: 0 | 1;
}

/** What comes out of the jar, whichever kind it is. */
export interface JarItem {
  id: string;
  source: 'win' | 'slip';
  text: string;
  why: string;
  tags: string[];
  /** The day a win counts for; for a slip, the day it was written. */
  day: string;
  favourite: boolean;
  /** What was hard, only when the person chose to let it come out of the jar with the win. */
  struggle: string;
}
