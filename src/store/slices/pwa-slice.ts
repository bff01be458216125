import type { StateCreator } from 'zustand';
import { readDeviceKey, writeDeviceKey } from '@/db/device-keys';

// Installed from a tab, the app lives on in that tab too, where the browser then offers nothing
// (no beforeinstallprompt) and More would tell the person how to install it again. Remembered,
// until the browser offers to install it once more (it was removed).
const INSTALLED_KEY = 'installed';

export interface PwaSlice {
  /** The service worker has cached the app: it now opens without a connection. */
  offlineReady: boolean;
  /** A newer version is installed and waits for the person to choose to reload. */
  updateReady: boolean;
  /** The browser has offered to install the app (Chromium's beforeinstallprompt). */
  canInstall: boolean;
  /** Installed from a tab of this browser (accepted in the prompt, or from the browser's own menu), now or before. */
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
  justInstalled: readDeviceKey(INSTALLED_KEY) === 'yes',
  setJustInstalled: (justInstalled) => {
    writeDeviceKey(INSTALLED_KEY, justInstalled ? 'yes' : null);
    set({ justInstalled });
  },
  setCanInstall: (canInstall) => set({ canInstall }),
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setUpdateReady: (updateReady) => set({ updateReady }),
});
