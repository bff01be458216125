import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { readDraft, saveDraft } from '@/db/repo/drafts';
import { reopenedDraft } from '@/domain/draft';
import { withTextAdded } from '@/domain/draft-text';
import { useAppStore } from '@/store/store';

/**
 * Joins what another app shared (title, text, link) into one piece, in that order, leaving out
 * empty parts and any part another already holds (many apps put the link inside the text too).
 */
export function sharedDraftText(search: string): string {
  const params = new URLSearchParams(search);
  const parts = ['title', 'text', 'url'].map((key) => params.get(key)?.trim() ?? '').filter(Boolean);
  const held = (part: string, index: number) =>
    parts.some((other, at) => at !== index && other.includes(part) && (other.length > part.length || at < index));
  return parts.filter((part, index) => !held(part, index)).join('\n');
}

/** Where the share sheet lands: the shared text joins the draft on Today, to edit and save. */
export function SharedTextScreen() {
  const search = useSearch();
  const [, navigate] = useLocation();

  useEffect(() => {
    // Left behind (a second share, or leaving) before the draft was read: do nothing more.
    let active = true;
    const leftBehind = () => !active;
    const shared = sharedDraftText(search);
    void (async () => {
      if (shared) {
        const state = useAppStore.getState();
        // Opened cold, the draft typed last time is still only in storage: read it first, so
        // the shared words are added to it rather than put in its place.
        // Nothing written yet for an earlier day left chosen: what is shared today is today's.
        const base = reopenedDraft(state.draftRestored ? state.draft : await readDraft().catch(() => state.draft));
        if (leftBehind()) return;
        const draft = { ...base, text: withTextAdded(base.text, shared) };
        useAppStore.getState().restoreDraft(draft);
        // Today is not open to keep the draft stored, so this screen keeps it, before moving on.
        await saveDraft(draft).catch(() => undefined);
        if (leftBehind()) return;
        const added = base.text.trim() !== '' && draft.text !== base.text;
        if (added) useAppStore.getState().announce('What you shared was added to your draft, on a new line.');
      }
      navigate('/', { replace: true });
    })();
    return () => {
      active = false;
    };
  }, [search, navigate]);

  return null;
}
