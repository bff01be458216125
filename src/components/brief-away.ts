// When the app itself sends the person away for a moment (a file picker, the share sheet), the
// page is hidden as if they had left. A lock set to lock at once would then cover the screen
// they are coming back to, and the file they picked or the share would land on nothing.

/** Long enough to find a file or pick whom to share with; after it, leaving counts as leaving. */
export const BRIEF_AWAY_MS = 2 * 60_000;

let awayUntil = 0;

/** Call as the app opens a picker or the share sheet, straight from the tap. */
export function expectBriefAway(now = Date.now()): void {
  awayUntil = now + BRIEF_AWAY_MS;
}

/** Whether the page is being hidden by something the app opened a moment ago. */
export function isBriefAway(now = Date.now()): boolean {
  return now < awayUntil;
}

/** Back on screen: the next time the page is hidden, it is the person leaving again. */
export function endBriefAway(): void {
  awayUntil = 0;
}

// What the app opened has closed (a file picked, the picker dismissed, the share settled). The
// page may still be on its way back, or on Android not even hidden yet: Chrome's share sheet
// answers before the app shared to takes the screen. So a few seconds more, not none.
const AFTER_CLOSING_MS = 5_000;

/** The picker or sheet has closed: the grace runs out in a few seconds, if not sooner. */
export function endBriefAwaySoon(now = Date.now()): void {
  awayUntil = Math.min(awayUntil, now + AFTER_CLOSING_MS);
}
