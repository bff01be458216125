import type { StateCreator } from 'zustand';
import type { StorageProblem } from '@/db/storage-problem';

export interface StorageSlice {
  /** Set when the database cannot be used at all; the app shows why instead of a blank page. */
  storageProblem: StorageProblem | null;
  reportStorageProblem: (problem: StorageProblem) => void;
}

export const createStorageSlice: StateCreator<StorageSlice, [], [], StorageSlice> = (set) => ({
  storageProblem: null,
  reportStorageProblem: (storageProblem) => set({ storageProblem }),
});
