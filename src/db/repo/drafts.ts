import { emptyDraft, type Draft } from '@/domain/draft';
import { db } from '../database';

// One composer, one draft; and the lock screen's own field, whose words must never show
// the composer's (which may be old) and never be lost either.
const COMPOSER_KEY = 'composer';
const WHILE_LOCKED_KEY = 'while-locked';

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
  await db.transaction('rw', db.drafts, removeComposerDraft);
}

/** Call inside a transaction over drafts (saving a win from the composer is one). */
export async function removeComposerDraft(): Promise<void> {
  await db.drafts.delete(COMPOSER_KEY);
}

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
