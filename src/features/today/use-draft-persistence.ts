import { useEffect } from 'react';
import { readDraft } from '@/db/repo/drafts';
import { isDraftEmpty, reopenedDraft } from '@/domain/draft';
import { useAppStore } from '@/store/store';
import { createDraftWriter } from './draft-writer';

/** Restores the draft on open and keeps it saved as it changes, cleared once the win is saved. */
export function useDraftPersistence(): void {
  useEffect(() => {
    const writer = createDraftWriter();
    let active = true;

    if (!useAppStore.getState().draftRestored) {
      readDraft()
        .catch(() => null)
        .then((stored) => {
          if (!active) return;
          const { draft, restoreDraft } = useAppStore.getState();
          // Keystrokes (or a day picked) before the stored draft arrived win over it.
          const typedAlready = !isDraftEmpty(draft) || draft.day !== null;
          restoreDraft(typedAlready || !stored ? draft : reopenedDraft(stored));
          if (typedAlready) writer.write(draft);
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
  }, []);
}
