import { clearDraft, saveDraft } from '@/db/repo/drafts';
import { isDraftEmpty, type Draft } from '@/domain/draft';
import { latestWriter } from '@/domain/latest-writer';

// One writer for the composer's draft, whichever Today screen is open: a Today left and opened
// again keeps writing in order, and a save anywhere can hold it.
const composerWriter = latestWriter<Draft>((draft) => (isDraftEmpty(draft) && draft.day === null ? clearDraft() : saveDraft(draft)));

/**
 * A win being saved from the composer: the stored draft is left alone until that save settles,
 * so a reload in between finds the words somewhere (the save takes the draft away itself, in its
 * own transaction). Call before the field is cleared.
 */
export function holdDraftWritesUntil(save: Promise<unknown>): void {
  composerWriter.holdUntil(save);
}

/** Writes the draft as it is typed without queueing a write per keystroke (latest-writer.ts). */
export function createDraftWriter() {
  return composerWriter;
}
