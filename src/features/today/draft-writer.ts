import { clearDraft, saveDraft } from '@/db/repo/drafts';
import { isDraftEmpty, type Draft } from '@/domain/draft';

// A win being saved from the composer: the stored draft is left alone until that save
// settles, so a reload in between finds the words somewhere (the save takes the draft
// away itself, in its own transaction).
let pendingSave: Promise<unknown> = Promise.resolve();

/** Holds draft writes until `save` settles. Call before the field is cleared. */
export function holdDraftWritesUntil(save: Promise<unknown>): void {
  pendingSave = Promise.all([pendingSave, save.catch(() => undefined)]);
}

/**
 * Writes the draft as it is typed without queueing a write per keystroke:
 * while one write is under way only the latest draft waits for the next.
 */
export function createDraftWriter() {
  let latest: Draft | null = null;
  let writing = false;

  async function flush() {
    writing = true;
    while (latest !== null) {
      await pendingSave;
      const next = latest;
      latest = null;
      try {
        if (isDraftEmpty(next) && next.day === null) await clearDraft();
        else await saveDraft(next);
      } catch {
        // Storage full or closed: the words stay in the field, and the next keystroke tries again.
      }
    }
    writing = false;
  }

  return {
    write(draft: Draft) {
      latest = draft;
      if (!writing) void flush();
    },
  };
}
