import { clearDraft, saveDraft } from '@/db/repo/drafts';
import { isDraftEmpty, type Draft } from '@/domain/draft';

/**
 * Writes the draft as it is typed without queueing a write per keystroke:
 * while one write is under way only the latest draft waits for the next.
 */
export function createDraftWriter() {
  let latest: Draft | null = null;
  let writing = false;

  async function flush() {
    writing = true;
    while (latest) {
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
