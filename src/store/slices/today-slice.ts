import type { StateCreator } from 'zustand';

export interface TodaySlice {
  draft: string;
  setDraft: (draft: string) => void;
}

export const createTodaySlice: StateCreator<TodaySlice, [], [], TodaySlice> = (set) => ({
  draft: '',
  setDraft: (draft) => set({ draft }),
});
