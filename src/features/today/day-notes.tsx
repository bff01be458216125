import { Link } from 'wouter';

// The two notes above Today's field, as words only. Also drawn at build time into index.html's
// Today shell (`app/today-shell.tsx`), whose inline script shows the one that applies before
// the first paint: a note that arrived with the app, or after the database answered, pushed the
// field and everything under it down (and, larger than the date heading, became the screen's
// largest paint, seconds late on a slow phone).

export function LateNightNoteText({ hourText, dayText, dayId }: { hourText: string; dayText: string; dayId?: string }) {
  return (
    <>
      It is before {hourText}, when your day starts, so wins you write now count for <span id={dayId}>{dayText}</span>
      . <Link href="/more#day-start">Change when your day starts</Link>
    </>
  );
}

export const EVENING_NOTE = 'The evening is a good moment to notice one small thing from today. Anything counts.';
