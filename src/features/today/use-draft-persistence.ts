import { useEffect } from 'react';
import { readDraft } from '@/db/repo/drafts';
import { isDraftEmpty, reopenedDraft } from '@/domain/draft';
import { useAppStore } from '@/store/store';
import { createDraftWriter } from './draft-writer';

/**
 * Restores the draft on open and keeps it saved as it changes, cleared once the win is saved.
 * The stored draft is old words, so it waits until `mayRestore` (the lock is known); what is
 * typed before then is kept and wins over it, as below.
 */
export function useDraftPersistence(mayRestore: boolean): void {
  useEffect(() => {
    if (!mayRestore) return;
    const writer = createDraftWriter();
    let active = true;

    if (!useAppStore.getState().draftRestored) {
      readDraft()
        .catch(() => null)
        .then((stored) => {
          if (!active) return;
          const { draft, restoreDraft } = useAppStore.getState();
          // Keystrokes before the stored draft arrived win over it. A day picked before it
          // arrived (Look back's "add to this day") joins the words kept from last time.
          const typedAlready = !isDraftEmpty(draft);
          const kept = stored ? reopenedDraft(stored) : null;
          const next = typedAlready || !kept ? draft : draft.day !== null ? { ...kept, day: draft.day } : kept;
          restoreDraft(next);
          if (typedAlready || draft.day !== null) writer.write(next);
        })
        .catch(() => undefined);
    }

    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.draftRestored && state.draft !== previous.draft) writer.write(state.draft);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [mayRestore]);
}
