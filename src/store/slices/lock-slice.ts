import type { StateCreator } from 'zustand';

// A hint kept outside IndexedDB so the very first paint already knows to stay hidden:
// the journal must never flash on screen before the lock setting has been read.
const LOCK_HINT_KEY = 'small-wins:lock';

/** Whether a lock was set when the app last read its settings; index.html's Today shell asks too. */
export function readLockHint(): boolean {
  try {
    return localStorage.getItem(LOCK_HINT_KEY) === 'on';
  } catch {
    return false;
  }
}

export function rememberLockHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(LOCK_HINT_KEY, 'on');
    else localStorage.removeItem(LOCK_HINT_KEY);
  } catch {
    // Storage refused: the database still holds the real setting.
  }
}

export interface LockSlice {
  locked: boolean;
  lock: () => void;
  unlock: () => void;
}

export const createLockSlice: StateCreator<LockSlice, [], [], LockSlice> = (set) => ({
  locked: readLockHint(),
  lock: () => set({ locked: true }),
  unlock: () => set({ locked: false }),
});
