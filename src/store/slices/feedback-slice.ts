import type { StateCreator } from 'zustand';

export interface UndoOffer {
  winId: string;
  text: string;
}

export interface FeedbackSlice {
  /** The kind word shown after the latest save; kept so the next one differs. */
  kindWord: string | null;
  /** The win just saved, for its small celebration. */
  justSavedId: string | null;
  /** A deleted win that can still be brought back. */
  undo: UndoOffer | null;
  /** A win Undo brought back: its card takes the focus Undo held once it is listed again. */
  restoredId: string | null;
  /** Read out by screen readers through the shell's live region; `seq` makes a repeated message heard again. */
  announcement: { text: string; seq: number };
  celebrateSave: (winId: string, kindWord: string) => void;
  offerUndo: (offer: UndoOffer | null) => void;
  setRestoredId: (winId: string | null) => void;
  announce: (message: string) => void;
}

export const createFeedbackSlice: StateCreator<FeedbackSlice, [], [], FeedbackSlice> = (set) => ({
  kindWord: null,
  justSavedId: null,
  undo: null,
  restoredId: null,
  announcement: { text: '', seq: 0 },
  celebrateSave: (justSavedId, kindWord) => set({ justSavedId, kindWord }),
  offerUndo: (undo) => set({ undo }),
  setRestoredId: (restoredId) => set({ restoredId }),
  announce: (text) => set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } })),
});
