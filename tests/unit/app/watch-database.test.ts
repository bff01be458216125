import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { watchDatabase } from '@/app/watch-database';
import { SmallWinsDatabase } from '@/db/database';
import { useAppStore } from '@/store/store';

describe('watchDatabase', () => {
  it('asks for a reload when another tab upgrades the database under this one', async () => {
    const name = `versionchange-${crypto.randomUUID()}`;
    const thisTab = new SmallWinsDatabase(name);
    await watchDatabase(thisTab);
    expect(useAppStore.getState().storageProblem).toBeNull();

    const otherTab = new Dexie(name);
    otherTab.version(thisTab.verno + 1).stores({ wins: 'id', settings: 'key', extra: 'id' });
    await otherTab.open();

    expect(useAppStore.getState().storageProblem).toBe('upgraded-elsewhere');
    expect(thisTab.isOpen()).toBe(false);
    otherTab.close();
  });

  it('explains instead of failing when the database cannot open', async () => {
    const broken = new SmallWinsDatabase(`broken-${crypto.randomUUID()}`);
    vi.spyOn(broken, 'open').mockRejectedValue(Object.assign(new Error('no idb'), { name: 'MissingAPIError' }));
    await watchDatabase(broken);
    expect(useAppStore.getState().storageProblem).toBe('unavailable');
  });
});
