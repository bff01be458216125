import { DEFAULT_DAY_STARTS_AT_HOUR } from './day';

/** Preferences that belong to this device and never travel with an export or a sync. */
export interface Settings {
  dayStartsAtHour: number;
  /** Set once the browser has been asked to keep storage persistent, so it is asked only once. */
  persistenceRequestedAt: number | null;
  /** Days a week the person would like to write, if they chose a rhythm. Never a streak. */
  weeklyRhythm: number | null;
  /** When the last export or backup was made, for the gentle reminder. */
  lastBackupAt: number | null;
}

export const defaultSettings: Settings = {
  dayStartsAtHour: DEFAULT_DAY_STARTS_AT_HOUR,
  persistenceRequestedAt: null,
  weeklyRhythm: null,
  lastBackupAt: null,
};

export type SettingKey = keyof Settings;
