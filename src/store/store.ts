import { create } from 'zustand';
import { createFeedbackSlice, type FeedbackSlice } from './slices/feedback-slice';
import { createJarSlice, type JarSlice } from './slices/jar-slice';
import { createLockSlice, type LockSlice } from './slices/lock-slice';
import { createPwaSlice, type PwaSlice } from './slices/pwa-slice';
import { createStorageSlice, type StorageSlice } from './slices/storage-slice';
import { createTodaySlice, type TodaySlice } from './slices/today-slice';

/** UI state only. Anything that must survive a reload lives in Dexie, never here. */
export type AppState = PwaSlice & StorageSlice & TodaySlice & FeedbackSlice & JarSlice & LockSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createPwaSlice(...args),
  ...createStorageSlice(...args),
  ...createTodaySlice(...args),
  ...createFeedbackSlice(...args),
  ...createJarSlice(...args),
  ...createLockSlice(...args),
}));
