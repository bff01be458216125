import type { Transaction } from 'dexie';

/**
 * Every schema version the database has ever had, oldest first. A version is
 * never edited once released: a change is a new entry with its own upgrade
 * and a migration test that starts from the previous version's fixture.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

// 2026-11-25, version 1: wins and this device's settings.
// wins: a day's list reads [day+createdAt]; updatedAt serves merges; tags is multi-entry.
const version1: SchemaVersion = {
  version: 1,
  stores: {
    wins: 'id, [day+createdAt], updatedAt, *tags',
    settings: 'key',
  },
};

// 2026-11-25, version 2: the win being typed (device-local, never exported) and the
// person's quick picks. Both start empty: built-in picks live in code until changed.
const version2: SchemaVersion = {
  version: 2,
  stores: {
    drafts: 'key',
    quickPicks: 'id, order',
  },
};

export const schemaVersions: readonly SchemaVersion[] = [version1, version2];

export const latestSchemaVersion = schemaVersions.length;
