import { useAppStore } from '@/store/store';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallPromptEvent | null = null;

/** Keeps Chromium's install offer for the "Install app" button instead of its own mini-bar. */
export function listenForInstallOffer(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    offer = event as InstallPromptEvent;
    useAppStore.getState().setCanInstall(true);
    // Offered again, so not installed (any more): forget that it was.
    useAppStore.getState().setJustInstalled(false);
  });
  // Fires however it was installed, the app's button or the browser's menu.
  window.addEventListener('appinstalled', () => {
    offer = null;
    useAppStore.getState().setCanInstall(false);
    useAppStore.getState().setJustInstalled(true);
  });
}

export async function install(): Promise<boolean> {
  if (!offer) return false;
  await offer.prompt();
  const { outcome } = await offer.userChoice;
  offer = null;
  useAppStore.getState().setCanInstall(false);
  // Said at once: appinstalled can come a moment later, or not at all in some browsers.
  if (outcome === 'accepted') useAppStore.getState().setJustInstalled(true);
  return outcome === 'accepted';
}

/** Already opened from the home screen: there is nothing to install. */
export function isInstalled(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  // Some environments (older browsers, tests) have no matchMedia at all.
  return iosStandalone || ('matchMedia' in window && window.matchMedia('(display-mode: standalone)').matches);
}

/** iPhone and iPad Safari, where installing is "Add to Home Screen" in the share menu. */
export function isAppleMobile(): boolean {
  const touchMac = navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1;
  return /iPhone|iPad|iPod/.test(navigator.userAgent) || touchMac;
}
