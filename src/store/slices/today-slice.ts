import type { StateCreator } from 'zustand';
import { emptyDraft, type Draft } from '@/domain/draft';

export interface TodaySlice {
  /** What is in the composer. Mirrored to the database as it changes, so it survives a reload. */
  draft: Draft;
  /** True once the stored draft has been read back, so an early keystroke is never overwritten. */
  draftRestored: boolean;
  /** Bumped to ask the composer to take focus, such as after a quick pick fills it. */
  composerFocusRequest: number;
  updateDraft: (changes: Partial<Draft>) => void;
  focusComposer: () => void;
  restoreDraft: (draft: Draft) => void;
  /** Empties the composer after a save, staying on the day being filled in. */
  clearDraftText: () => void;
}

export const createTodaySlice: StateCreator<TodaySlice, [], [], TodaySlice> = (set) => ({
  draft: emptyDraft,
  draftRestored: false,
  composerFocusRequest: 0,
  focusComposer: () => set((state) => ({ composerFocusRequest: state.composerFocusRequest + 1 })),
  updateDraft: (changes) => set((state) => ({ draft: { ...state.draft, ...changes } })),
  restoreDraft: (draft) => set({ draft, draftRestored: true }),
  clearDraftText: () => set((state) => ({ draft: { ...emptyDraft, day: state.draft.day } })),
});
