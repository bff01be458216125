import type { StateCreator } from 'zustand';

export interface PwaSlice {
  /** The service worker has cached the app: it now opens without a connection. */
  offlineReady: boolean;
  /** A newer version is installed and waits for the person to choose to reload. */
  updateReady: boolean;
  /** The browser has offered to install the app (Chromium's beforeinstallprompt). */
  canInstall: boolean;
  /** Installed from this tab just now (accepted in the prompt, or from the browser's own menu). */
  justInstalled: boolean;
  setJustInstalled: (installed: boolean) => void;
  setCanInstall: (can: boolean) => void;
  setOfflineReady: (ready: boolean) => void;
  setUpdateReady: (ready: boolean) => void;
}

export const createPwaSlice: StateCreator<PwaSlice, [], [], PwaSlice> = (set) => ({
  offlineReady: false,
  updateReady: false,
  canInstall: false,
  justInstalled: false,
  setJustInstalled: (justInstalled) => set({ justInstalled }),
  setCanInstall: (canInstall) => set({ canInstall }),
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setUpdateReady: (updateReady) => set({ updateReady }),
});
