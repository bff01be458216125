import { EXPORT_VERSION } from './export-format';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One step per version: each takes a file of version N to version N + 1. The steps change only
 * what they know and leave the rest as it came; the current version's schema checks the result,
 * so a file that was broken to begin with is still refused, and named, after upgrading.
 */
const steps: Record<number, (file: Loose) => void> = {
  // Version 1 did not say when the settings were changed, and left the jar's round behind.
  // The settings were as they stood when the file was made, so that moment stands in for when
  // they were changed: a setting changed here since then is kept; one never changed here is not.
  1: (file) => {
    const data = file.data;
    if (!isObject(data)) return;
    const settings = data.settings;
    if (isObject(settings) && !('changedAt' in settings)) {
      const made = typeof file.exportedAt === 'string' ? Date.parse(file.exportedAt) : Number.NaN;
      const at = Number.isFinite(made) ? Math.round(made) : null;
      settings.changedAt = { dayStartsAtHour: at, weeklyRhythm: at };
    }
    if (!('jar' in data)) data.jar = { drawn: [], lastDrawnId: null };
  },
};

/** The earliest version this app can read. */
export const OLDEST_READABLE_VERSION = 1;

/**
 * Brings a parsed file of any earlier version up to EXPORT_VERSION, in place. The caller has
 * checked that `version` is a whole number from OLDEST_READABLE_VERSION to EXPORT_VERSION.
 */
export function upgradeExport(file: Loose & { version: number }): void {
  for (let version = file.version; version < EXPORT_VERSION; version += 1) {
    const step = steps[version];
    if (!step) throw new Error(`No upgrade from version ${version} of the export format.`);
    step(file);
    file.version = version + 1;
  }
}
