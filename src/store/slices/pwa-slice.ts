import type { StateCreator } from 'zustand';

export interface PwaSlice {
  /** The service worker has cached the app: it now opens without a connection. */
  offlineReady: boolean;
  /** A newer version is installed and waits for the person to choose to reload. */
  updateReady: boolean;
  setOfflineReady: (ready: boolean) => void;
  setUpdateReady: (ready: boolean) => void;
}

export const createPwaSlice: StateCreator<PwaSlice, [], [], PwaSlice> = (set) => ({
  offlineReady: false,
  updateReady: false,
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setUpdateReady: (updateReady) => set({ updateReady }),
});
