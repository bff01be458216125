import { DEFAULT_DAY_STARTS_AT_HOUR } from './day';
import type { PasscodeHash } from './passcode';

/** Preferences that belong to this device and never travel with an export or a sync. */
export interface Settings {
  dayStartsAtHour: number;
  /** Set once the browser has been asked to keep storage persistent, so it is asked only once. */
  persistenceRequestedAt: number | null;
  /** Days a week the person would like to write, if they chose a rhythm. Never a streak. */
  weeklyRhythm: number | null;
  /** When the last export or backup was made, for the gentle reminder. */
  lastBackupAt: number | null;
  /** The optional lock: a salted hash of the passcode, and how long in the background locks the app. */
  lock: (PasscodeHash & { afterMinutes: number }) | null;
}

export const defaultSettings: Settings = {
  dayStartsAtHour: DEFAULT_DAY_STARTS_AT_HOUR,
  persistenceRequestedAt: null,
  weeklyRhythm: null,
  lastBackupAt: null,
  lock: null,
};

export type SettingKey = keyof Settings;
