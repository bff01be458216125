import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '@/db/repo/settings';
import { requestPersistenceOnce } from '@/pwa/request-persistence';

function fakeStorage(persistedAlready: boolean) {
  const storage = {
    persisted: vi.fn(() => Promise.resolve(persistedAlready)),
    persist: vi.fn(() => Promise.resolve(true)),
    estimate: vi.fn(() => Promise.resolve({ usage: 0, quota: 1 })),
  };
  // jsdom has no StorageManager; give navigator one for the test.
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('requestPersistenceOnce', () => {
  it('asks the browser to keep storage the first time, and remembers that it asked', async () => {
    const storage = fakeStorage(false);
    expect(await requestPersistenceOnce(42)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect((await readSettings()).persistenceRequestedAt).toBe(42);
  });

  it('does not ask again after the first time', async () => {
    const storage = fakeStorage(false);
    await requestPersistenceOnce(1);
    await requestPersistenceOnce(2);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask when storage is already persistent', async () => {
    const storage = fakeStorage(true);
    expect(await requestPersistenceOnce(1)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
