// When Today's notes show, in a module with no imports: index.html's inline script reads it
// too (app/fill-today-shell.ts), and must stay small.

export const EVENING_FROM_HOUR = 17;

/**
 * The last day this device saw a win on, kept for the first paint: the Today shell shows the
 * evening note before the database can say whether today has a win, and the first render
 * agrees with it (evening-nudge.tsx). Only a date, never a win's words.
 */
export const LOGGED_DAY_KEY = 'logged-day';

/** Ids of the shell's copies of the notes, which the inline script shows. */
export const SHELL_NOTE_IDS = { lateNight: 'shell-late-night', lateNightDay: 'shell-late-night-day', evening: 'shell-evening' };

/** Whether the evening note is for this moment: evening, and no win known for today. */
export function eveningNoteDue(now: Date, today: string, loggedDay: string | null): boolean {
  return now.getHours() >= EVENING_FROM_HOUR && loggedDay !== today;
}
