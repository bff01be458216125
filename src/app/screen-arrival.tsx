import { useEffect, type RefObject } from 'react';
import { arriveAtPart } from './arrive-at-part';

/**
 * A screen the person opens starts at its top, not at the last screen's scroll position (the
 * page is one document, so the browser keeps it), with focus on its heading, so a screen reader
 * says where they are rather than focus falling to the page. Going Back starts at the top too:
 * the browser's own restoring came after this and often missed (the wins and the timeline
 * arrive after the screen), landing part-way down with focus on a heading out of sight. Not on
 * the app's first screen, and not where the screen has put focus itself (Today's win field, a
 * step's field). Drawn after the routes, inside their Suspense, so this runs once a lazy
 * screen has arrived, after the screen's own effects. `lastPathRef` is kept by the routes,
 * which outlive a screen that could not open. A link to a part (`/more#day-start`) lands on it
 * instead (arrive-at-part.ts).
 */
export function ScreenArrival({ path, lastPathRef }: { path: string; lastPathRef: RefObject<string> }) {
  useEffect(() => {
    // Set on the first screen's history entry too: each entry a link adds takes it from there.
    history.scrollRestoration = 'manual';
    const arrived = lastPathRef.current === path;
    lastPathRef.current = path;
    if (!arrived) arriveAtTop();
    // A link to a part of a screen then lands on that part, on the first screen too.
    const part = partOfAddress();
    return part === null ? undefined : arriveAtPart(part);
  }, [path, lastPathRef]);
  return null;
}

function arriveAtTop(): void {
  scrollTo(0, 0);
  const main = document.getElementById('main');
  const heading = main?.querySelector('h1');
  if (!heading || main?.contains(document.activeElement)) return;
  // Focusable from script only, as the lock screen's heading is: Tab still skips it.
  heading.tabIndex = -1;
  heading.focus();
}

/**
 * The part of the screen the address names after its #, if any: not the skip link's #main,
 * which an entry keeps after "Skip to content", and not one that cannot be read (a stray %).
 */
function partOfAddress(): string | null {
  try {
    const part = decodeURIComponent(location.hash.slice(1));
    return part === '' || part === 'main' ? null : part;
  } catch {
    return null;
  }
}
