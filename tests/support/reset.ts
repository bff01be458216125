import { db } from '@/db/database';
import { useAppStore } from '@/store/store';

/** Empties every table and makes sure the database is open, as a fresh install would be. */
export async function resetDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
