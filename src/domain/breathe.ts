/**
 * Lets the page paint and answer taps before the next piece of a long job, so a large
 * backup never freezes it. A macrotask, not a microtask: only that yields to rendering.
 */
export const breathe = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

// In a worker nothing waits to paint or to be tapped, so a breath there is only time lost (each
// is a timer held at least 4 ms, after every 20 ms of work). Reading and checking a 100,000-win
// backup in the worker went from 1.2–1.5 s to 0.6–0.8 s with these gone and its rows no longer
// sent to the page; the two were not measured apart.
const paintsHere = () => typeof document !== 'undefined';
const noBreath = (): Promise<void> => Promise.resolve();

/**
 * A breath only once `budgetMs` of work has gone by since the last one, for loops whose steps
 * take anything from a fraction of a millisecond to tens of them depending on the phone. Each
 * breath costs a few milliseconds of waiting (nested timers are held at least 4 ms), so a
 * breath after every small step spent more time waiting than working.
 */
export function breatheEvery(budgetMs: number): () => Promise<void> {
  if (!paintsHere()) return noBreath;
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await breathe();
    since = performance.now();
  };
}

/**
 * Work per task in the long jobs of a backup. The check comes after each step, so a task can run
 * a step past it: with steps of up to 30 ms (base64 without the browser's own decoder, on a slow
 * phone) tasks still stay under the 50 ms a task may take unnoticed.
 */
export const WORK_PER_BREATH_MS = 20;
