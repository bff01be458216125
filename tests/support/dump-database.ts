import { db } from '@/db/database';

/** Every row of every table, each table in key order: two dumps are equal only when nothing at all changed. */
export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) dump[table.name] = await table.toArray();
  });
  return dump;
}
