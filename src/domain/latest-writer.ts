/**
 * Writes a value as it changes (a draft as it is typed) without a write per keystroke: while
 * one write is under way only the latest value waits for the next, and a write that goes wrong
 * (storage full or closed) leaves the words where they are, for the next change to try again.
 * `before` is waited for ahead of each write.
 */
export function latestWriter<T>(write: (value: T) => Promise<void>, before: () => Promise<unknown> = () => Promise.resolve()) {
  let latest: { value: T } | null = null;
  let flushing: Promise<void> | null = null;

  async function flush() {
    while (latest !== null) {
      await before();
      const { value } = latest;
      latest = null;
      try {
        await write(value);
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
  };
}
