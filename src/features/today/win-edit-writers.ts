import { clearWinEdit, readWinEdits, saveWinEdit } from '@/db/repo/win-edit-drafts';
import { latestWriter } from '@/domain/latest-writer';
import type { WinEdit } from '@/domain/win-edit';

type EditWriter = ReturnType<typeof latestWriter<WinEdit | null>>;

// One writer per win being edited, kept across the editor closing and opening again (the lock
// takes the screen away mid-edit), so its writes stay in order. Null clears the kept changes.
const writers = new Map<string, EditWriter>();

export function winEditWriter(winId: string): EditWriter {
  let writer = writers.get(winId);
  if (!writer) {
    writer = latestWriter<WinEdit | null>((edit) => (edit === null ? clearWinEdit(winId) : saveWinEdit(winId, edit)));
    writers.set(winId, writer);
  }
  return writer;
}

/** Settles once every change typed into any editor so far is stored: read kept changes after it. */
async function winEditsWritten(): Promise<void> {
  await Promise.all([...writers.values()].map((writer) => writer.idle()));
}

/** Changes kept from editors the lock or a reload took away, read once the last write lands. */
export async function readKeptWinEdits(): Promise<Map<string, WinEdit>> {
  await winEditsWritten();
  return readWinEdits();
}
