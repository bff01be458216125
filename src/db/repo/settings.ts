import { defaultSettings, type SettingKey, type Settings } from '@/domain/settings';
import { db } from '../database';

/** Every setting, with defaults for the ones never changed. */
export function readSettings(): Promise<Settings> {
  return db.transaction('r', db.settings, async () => {
    const rows = await db.settings.toArray();
    const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
    const settings: Settings = { ...defaultSettings, ...stored };
    return settings;
  });
}

export async function writeSetting<K extends SettingKey>(key: K, value: Settings[K], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, () => db.settings.put({ key, value, updatedAt: now }));
}
