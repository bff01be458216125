import { emptyDraft } from '@/domain/draft';
import { emptyReframeDraft, isReframeDraftEmpty, type ReframeDraft } from '@/domain/reframe-draft';
import { db } from '../database';
import { REFRAME_KEY } from './drafts';

// The reframe flow's answers, in a drafts row of their own beside the composer's (drafts.ts):
// device-local, like every draft, and never in a backup. The win saved from them takes the row
// away in its own transaction (addWin's fromDraft).

export function readReframeDraft(): Promise<ReframeDraft> {
  return db.transaction('r', db.drafts, async () => {
    const row = await db.drafts.get(REFRAME_KEY);
    return row?.reframe ? { ...emptyReframeDraft, ...row.reframe } : emptyReframeDraft;
  });
}

/** Keeps the answers so far; with nothing written, keeps nothing. */
export async function saveReframeDraft(draft: ReframeDraft, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    if (isReframeDraftEmpty(draft)) await db.drafts.delete(REFRAME_KEY);
    else await db.drafts.put({ key: REFRAME_KEY, ...emptyDraft, reframe: draft, updatedAt: now });
  });
}
