import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, schemaVersions } from '@/db/schema';
import { wordsToAdd } from '@/db/search-pages';
import { allRows, upgradeFromFixture, type MigrationFixture } from '../../support/migration-harness';
import { idsByWord } from '../../support/search-index';
import { version1Fixture } from './fixtures/version-1';
import { version2Fixture } from './fixtures/version-2';
import { version3Fixture } from './fixtures/version-3';
import { version4Fixture } from './fixtures/version-4';
import { version5Fixture } from './fixtures/version-5';
import { version6Fixture } from './fixtures/version-6';
import { inVersion7Shape, version7Fixture } from './fixtures/version-7';
import { version8Fixture } from './fixtures/version-8';

// One fixture per released version. Each new schema version adds its fixture here,
// so every upgrade path to the current version is exercised with real rows.
const fixtures: MigrationFixture[] = [version1Fixture, version2Fixture, version3Fixture, version4Fixture, version5Fixture, version6Fixture, version7Fixture, version8Fixture];

describe('schema versions', () => {
  it('are numbered 1, 2, 3… with nothing skipped', () => {
    expect(schemaVersions.map((step) => step.version)).toEqual(schemaVersions.map((_, index) => index + 1));
  });

  it('each have a fixture to migrate from', () => {
    expect(fixtures.map((fixture) => fixture.version)).toEqual(schemaVersions.map((step) => step.version));
  });
});

describe.each(fixtures)('opening a version $version database with the current code', (fixture) => {
  it('keeps every row of every table', async () => {
    const database = await upgradeFromFixture(fixture);
    expect(database.verno).toBe(latestSchemaVersion);
    // Each fixture says what its release expected; the jar's rows have since become pages.
    for (const [table, expected] of Object.entries(inVersion7Shape(fixture.expected))) {
      const byId = (row: Record<string, unknown>) => String(row.id ?? row.key);
      const sorted = [...expected].sort((a, b) => byId(a).localeCompare(byId(b)));
      expect(await allRows(database, table)).toEqual(sorted);
    }
    database.close();
  });

  it('keeps on the wins only the indexes the app asks of them, which every write pays for', async () => {
    const database = await upgradeFromFixture(fixture);
    // Read from IndexedDB itself, not from Dexie's idea of the schema.
    const store = database.backendDB().transaction('wins').objectStore('wins');
    expect([...store.indexNames].sort()).toEqual(['[day+createdAt]', 'tags', 'valueIds']);
    database.close();
  });

  it('finds every win by each of its words', async () => {
    const database = await upgradeFromFixture(fixture);
    const wins = (fixture.expected.wins ?? []) as { id: string; searchWords: string[] }[];
    const expected = Object.fromEntries([...wordsToAdd(wins)].map(([word, ids]) => [word, [...ids].sort()]));
    const found = Object.fromEntries(Object.entries(idsByWord(await database.searchPages.toArray())).map(([word, ids]) => [word, ids.sort()]));
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(found).toEqual(expected);
    database.close();
  });
});
