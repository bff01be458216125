import { useLiveQuery } from 'dexie-react-hooks';
import { readSettings } from '@/db/repo/settings';
import { defaultSettings, type Settings } from '@/domain/settings';

/** This device's settings, with defaults until the database has answered. */
export function useSettings(): Settings {
  return useLiveQuery(readSettings, [], defaultSettings);
}
