import type { StateCreator } from 'zustand';
import { readDeviceKey, writeDeviceKey } from '@/db/device-keys';
import type { FeedbackSlice } from './feedback-slice';

// A hint kept outside IndexedDB so the very first paint already knows to stay hidden:
// the journal must never flash on screen before the lock setting has been read.
// 'on' or 'off'; none at all (a first open, or the site's local storage cleared on its own)
// means not known until the database answers.
const LOCK_HINT_KEY = 'lock';

/** Whether a lock was set when the app last read its settings; index.html's Today shell asks too. */
export function readLockHint(): boolean {
  return readDeviceKey(LOCK_HINT_KEY) === 'on';
}

/** Whether the hint says anything, on or off. */
function lockHintKnown(): boolean {
  return readDeviceKey(LOCK_HINT_KEY) !== null;
}

/** Refused, the database still holds the real setting. */
export function rememberLockHint(on: boolean): void {
  writeDeviceKey(LOCK_HINT_KEY, on ? 'on' : 'off');
}

export interface LockSlice {
  locked: boolean;
  /**
   * Whether the app knows if a lock is set: from the hint at once, or once the settings are
   * read. Until then nothing from the journal is shown (see useJournalShown).
   */
  lockKnown: boolean;
  lock: () => void;
  unlock: () => void;
  /** The settings have been read: `locked` is now right. */
  lockSettingRead: () => void;
}

export const createLockSlice: StateCreator<LockSlice & FeedbackSlice, [], [], LockSlice> = (set) => ({
  locked: readLockHint(),
  lockKnown: lockHintKnown(),
  // Nothing old may stay in the page behind the lock, not even where only a screen reader
  // looks: the last announcement ("Saved: …") and the undo offer, which name a win, go too.
  lock: () => set((state) => ({ locked: true, undo: null, announcement: { text: '', seq: state.announcement.seq + 1 } })),
  unlock: () => set({ locked: false }),
  lockSettingRead: () => set({ lockKnown: true }),
});
