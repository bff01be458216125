import { emptyDraft, type Draft } from '@/domain/draft';
import { db } from '../database';
import { COMPOSER_KEY, readDraft } from './drafts';

// The lock screen's own field keeps its words under a key of its own: they must never show
// the composer's draft (which may be old), and never be lost either. Apart from drafts.ts,
// which the first screen loads, since only the lock screen needs it.
const WHILE_LOCKED_KEY = 'while-locked';

/** What was typed on the lock screen and not yet saved: its text only. */
export function readLockedDraftText(): Promise<string> {
  return db.transaction('r', db.drafts, async () => (await db.drafts.get(WHILE_LOCKED_KEY))?.text ?? '');
}

export async function saveLockedDraftText(text: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    if (text === '') await db.drafts.delete(WHILE_LOCKED_KEY);
    else await db.drafts.put({ key: WHILE_LOCKED_KEY, ...emptyDraft, text, updatedAt: now });
  });
}

/**
 * Once unlocked, the lock screen's unsaved words join the composer's draft: `join` is given the
 * stored draft and returns the draft to keep. One transaction, so the words are in one place or
 * the other, never neither.
 */
export function joinLockedDraftText(join: (stored: Draft) => Draft, now = Date.now()): Promise<Draft> {
  return db.transaction('rw', db.drafts, async () => {
    const draft = join(await readDraft());
    await db.drafts.put({ key: COMPOSER_KEY, ...draft, updatedAt: now });
    await db.drafts.delete(WHILE_LOCKED_KEY);
    return draft;
  });
}
