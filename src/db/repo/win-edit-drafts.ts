import type { WinEdit } from '@/domain/win-edit';
import { db } from '../database';

// Changes made in a win's editor and not yet saved, kept as they are typed in the drafts table
// beside the composer's (drafts.ts): the lock coming on, a reload or the phone closing the app
// takes the editor away, never the words. One row per win; device-local, never in a backup.
const PREFIX = 'edit:';
const keyOf = (winId: string) => PREFIX + winId;

/** Every win with changes kept, by id. */
export function readWinEdits(): Promise<Map<string, WinEdit>> {
  return db.transaction('r', db.drafts, async () => {
    const rows = await db.drafts.where(':id').startsWith(PREFIX).toArray();
    return new Map(
      rows.map((row) => [
        row.key.slice(PREFIX.length),
        { text: row.text, why: row.why, tags: row.tags, valueIds: row.valueIds ?? [] },
      ]),
    );
  });
}

export async function saveWinEdit(winId: string, edit: WinEdit, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.drafts, () => db.drafts.put({ key: keyOf(winId), ...edit, day: null, updatedAt: now }));
}

export async function clearWinEdit(winId: string): Promise<void> {
  await db.transaction('rw', db.drafts, () => dropWinEditIn(winId));
}

/** Inside a transaction that has the drafts table: the win's changes are saved, so let them go. */
export function dropWinEditIn(winId: string): Promise<void> {
  return db.drafts.delete(keyOf(winId));
}
