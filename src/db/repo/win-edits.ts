import type { Win } from '@/domain/win';
import { winSearchWords } from '@/domain/search-text';
import { db } from '../database';
import { dropWinEditIn } from './win-edit-drafts';

// Editing a win in place, apart from wins.ts: the editor opens on demand, so its one write
// need not be in the first download with saving, listing and deleting.
export type WinChanges = Partial<Pick<Win, 'text' | 'why' | 'tags' | 'valueIds'>>;

/**
 * Edits a win in place; only the fields that changed are written. The editor's kept changes
 * (win-edit-drafts.ts) go in the same transaction: saved, or still kept, never neither.
 */
export async function updateWin(id: string, changes: WinChanges, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.wins, db.drafts, async () => {
    const win = await db.wins.get(id);
    if (!win) return;
    const next = { ...win, ...changes };
    await db.wins.update(id, { ...changes, searchWords: winSearchWords(next), updatedAt: now });
    await dropWinEditIn(id);
  });
}
