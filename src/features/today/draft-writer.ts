import { clearDraft, saveDraft } from '@/db/repo/drafts';
import { isDraftEmpty, type Draft } from '@/domain/draft';
import { latestWriter } from '@/domain/latest-writer';

// A win being saved from the composer: the stored draft is left alone until that save
// settles, so a reload in between finds the words somewhere (the save takes the draft
// away itself, in its own transaction).
let pendingSave: Promise<unknown> = Promise.resolve();

/** Holds draft writes until `save` settles. Call before the field is cleared. */
export function holdDraftWritesUntil(save: Promise<unknown>): void {
  pendingSave = Promise.all([pendingSave, save.catch(() => undefined)]);
}

/**
 * Writes the draft as it is typed without queueing a write per keystroke (latest-writer.ts),
 * each write after any save under way has settled.
 */
export function createDraftWriter() {
  return latestWriter<Draft>(
    (draft) => (isDraftEmpty(draft) && draft.day === null ? clearDraft() : saveDraft(draft)),
    () => pendingSave,
  );
}
