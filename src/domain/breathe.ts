/**
 * Lets the page paint and answer taps before the next piece of a long job, so a large
 * backup never freezes it. A macrotask, not a microtask: only that yields to rendering.
 */
export const breathe = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
