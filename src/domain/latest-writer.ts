/**
 * Writes a value as it changes (a draft as it is typed) without a write per keystroke: while
 * one write is under way only the latest value waits for the next, and a write that goes wrong
 * (storage full or closed) leaves the words where they are, for the next change to try again.
 */
export function latestWriter<T>(write: (value: T) => Promise<void>) {
  let latest: { value: T } | null = null;
  let flushing: Promise<void> | null = null;
  let held: Promise<unknown> = Promise.resolve();

  function take(): { value: T } | null {
    const next = latest;
    latest = null;
    return next;
  }

  async function flush() {
    while (latest !== null) {
      await held;
      const next = take();
      // Dropped meanwhile (what it held was saved for good).
      if (next === null) break;
      try {
        await write(next.value);
      } catch {
        // The value stays on screen; the next change writes again.
      }
    }
    flushing = null;
  }

  return {
    write(value: T) {
      latest = { value };
      flushing ??= flush();
    },
    /** Settles once every value given so far has been written (or tried). */
    idle(): Promise<void> {
      return flushing ?? Promise.resolve();
    },
    /** Writes wait until `until` settles: a save that takes the stored value away in its own transaction. */
    holdUntil(until: Promise<unknown>): void {
      held = Promise.all([held, until.catch(() => undefined)]);
    },
    /** Forgets a value still waiting to be written: what it held has been saved for good. */
    drop(): void {
      latest = null;
    },
  };
}
