import type { Table } from 'dexie';
import { SmallWinsDatabase } from '@/db/database';

/** Rows as an older release stored them, table by table, and what they must look like after upgrading. */
export interface MigrationFixture {
  version: number;
  rows: Record<string, Record<string, unknown>[]>;
  /** The rows every table must hold once the current schema has opened the database. */
  expected: Record<string, Record<string, unknown>[]>;
}

function tableNamed(database: SmallWinsDatabase, name: string): Table {
  return database.table(name);
}

/**
 * Creates a database exactly as release `fixture.version` left it, then opens it
 * with the current code, running every upgrade in between. Returns the upgraded database.
 */
export async function upgradeFromFixture(fixture: MigrationFixture): Promise<SmallWinsDatabase> {
  const name = `migration-test-${crypto.randomUUID()}`;
  const old = new SmallWinsDatabase(name, fixture.version);
  await old.open();
  if (old.verno !== fixture.version) throw new Error(`Fixture opened at ${old.verno}, not ${fixture.version}`);
  for (const [table, rows] of Object.entries(fixture.rows)) await tableNamed(old, table).bulkAdd(rows);
  old.close();

  const current = new SmallWinsDatabase(name);
  await current.open();
  return current;
}

/** Every row of a table, ordered by id so comparisons do not depend on index order. */
export async function allRows(database: SmallWinsDatabase, table: string): Promise<Record<string, unknown>[]> {
  const rows = (await tableNamed(database, table).toArray()) as Record<string, unknown>[];
  return rows.sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));
}
