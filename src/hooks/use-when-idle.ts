import { useEffect } from 'react';

/**
 * Runs `work` once the page has loaded and the main thread is idle, so nothing done ahead
 * of need competes with the first screen. Safari has no requestIdleCallback; a short timer
 * after load stands in.
 */
function whenIdle(work: () => void): () => void {
  let cancelled = false;
  let cancelIdle: () => void = () => undefined;
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(work, { timeout: 2000 });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(work, 200);
      cancelIdle = () => clearTimeout(handle);
    }
  };
  if (document.readyState === 'complete') schedule();
  else addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    removeEventListener('load', schedule);
    cancelIdle();
  };
}

/**
 * Runs `work` once, when the page is idle at least `afterMs` after the component mounts
 * (so the screen's own first reads go first); never after it unmounts.
 */
export function useWhenIdle(work: () => void, afterMs = 0): void {
  useEffect(() => {
    let cancelIdle = () => undefined as unknown;
    const timer = setTimeout(() => (cancelIdle = whenIdle(work)), afterMs);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [work, afterMs]);
}
