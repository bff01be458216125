import { emptyDraft, type Draft } from '@/domain/draft';
import { db } from '../database';

// One composer, one draft (the lock screen keeps its own: locked-draft.ts; the reframe flow
// too: reframe-draft.ts).
export const COMPOSER_KEY = 'composer';
export const REFRAME_KEY = 'reframe';

/** The drafts a new win can be written from, and take away with it (wins.ts, addWin). */
export type DraftKey = typeof COMPOSER_KEY | typeof REFRAME_KEY;

export function readDraft(): Promise<Draft> {
  return db.transaction('r', db.drafts, async () => {
    const row = await db.drafts.get(COMPOSER_KEY);
    if (!row) return emptyDraft;
    // Drafts written before values existed have no valueIds.
    return { text: row.text, why: row.why, tags: row.tags, day: row.day, valueIds: row.valueIds ?? [] };
  });
}

export async function saveDraft(draft: Draft, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.drafts, () => db.drafts.put({ key: COMPOSER_KEY, ...draft, updatedAt: now }));
}

export async function clearDraft(): Promise<void> {
  await db.transaction('rw', db.drafts, () => db.drafts.delete(COMPOSER_KEY));
}
