import { registerSW } from 'virtual:pwa-register';
import { useAppStore } from '@/store/store';
import { setUpdateHandle } from './update-handle';

const UPDATE_CHECK_EVERY_MS = 60 * 60 * 1000;

function checkForUpdates(registration: ServiceWorkerRegistration): void {
  if (!navigator.onLine || registration.installing) return;
  // A failed check (offline, server down) changes nothing; the next one will try again.
  registration.update().catch(() => undefined);
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  window.setInterval(() => checkForUpdates(registration), UPDATE_CHECK_EVERY_MS);
  window.addEventListener('focus', () => checkForUpdates(registration));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdates(registration);
  });
}

/**
 * Registers the generated service worker in prompt mode: a new version waits
 * until the person taps "Reload", so the page never reloads under their typing.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const { setOfflineReady, setUpdateReady } = useAppStore.getState();
  const updateServiceWorker = registerSW({
    immediate: true,
    onOfflineReady: () => setOfflineReady(true),
    onNeedRefresh: () => setUpdateReady(true),
    onRegisteredSW: (_url, registration) => {
      if (registration) watchForUpdates(registration);
    },
  });
  setUpdateHandle(() => updateServiceWorker(true));
}
