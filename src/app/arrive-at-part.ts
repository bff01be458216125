// How long a link to a part of a screen waits for that part: some screens draw their panels
// only once a reading or two has answered (More waits for the backup and storage readings).
const PART_WAIT_MS = 3000;

const FOCUSABLE = 'select, input, textarea, button, a[href]';

/** Brings the part into view with focus on its first control, or on the part itself. */
function arriveAt(part: HTMLElement): void {
  part.scrollIntoView({ block: 'center' });
  // A part that is itself a control (a day in the calendar) takes focus as it is.
  const control = part.matches(FOCUSABLE) ? part : part.querySelector<HTMLElement>(FOCUSABLE);
  if (control) {
    control.focus({ preventScroll: true });
    return;
  }
  part.tabIndex = -1;
  part.focus({ preventScroll: true });
}

/**
 * For a link to a part of a screen (`/more#day-start`): once the part is drawn inside main,
 * it is brought into view with focus on its first control, instead of the screen opening at its
 * top where the part is a scroll away. Returns a way to stop waiting (the screen was left).
 */
export function arriveAtPart(id: string): () => void {
  const main = document.getElementById('main');
  const find = () => {
    const part = document.getElementById(id);
    return part && part !== main && main?.contains(part) ? part : null;
  };
  const part = find();
  if (part) {
    arriveAt(part);
    return () => undefined;
  }
  if (!main) return () => undefined;
  const watch = new MutationObserver(() => {
    const drawn = find();
    if (!drawn) return;
    stop();
    arriveAt(drawn);
  });
  const timer = window.setTimeout(() => stop(), PART_WAIT_MS);
  // Someone who has started doing something else keeps their place: the part does not take it.
  const events = ['pointerdown', 'keydown'] as const;
  function stop() {
    watch.disconnect();
    window.clearTimeout(timer);
    for (const event of events) window.removeEventListener(event, stop, true);
  }
  for (const event of events) window.addEventListener(event, stop, true);
  watch.observe(main, { childList: true, subtree: true });
  return stop;
}
