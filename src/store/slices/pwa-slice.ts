import type { StateCreator } from 'zustand';

export interface PwaSlice {
  /** The service worker has cached the app: it now opens without a connection. */
  offlineReady: boolean;
  /** A newer version is installed and waits for the person to choose to reload. */
  updateReady: boolean;
  /** The browser has offered to install the app (Chromium's beforeinstallprompt). */
  canInstall: boolean;
  setCanInstall: (can: boolean) => void;
  setOfflineReady: (ready: boolean) => void;
  setUpdateReady: (ready: boolean) => void;
}

export const createPwaSlice: StateCreator<PwaSlice, [], [], PwaSlice> = (set) => ({
  offlineReady: false,
  updateReady: false,
  canInstall: false,
  setCanInstall: (canInstall) => set({ canInstall }),
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setUpdateReady: (updateReady) => set({ updateReady }),
});
