import { readSettings, writeSetting } from '@/db/repo/settings';

/**
 * Asks the browser to keep this site's storage when space runs low. Asked once,
 * after the first saved win, when there is something worth protecting.
 */
export async function requestPersistenceOnce(now = Date.now()): Promise<boolean> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return false;
  const { persistenceRequestedAt } = await readSettings();
  if (persistenceRequestedAt !== null) return storage.persisted();
  await writeSetting('persistenceRequestedAt', now);
  if (await storage.persisted()) return true;
  return storage.persist();
}
