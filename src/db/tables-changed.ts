import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from './database';

/** Whether a Dexie `storagemutated` report touches any of these tables of the app's database. */
function touches(parts: ObservabilitySet, tables: readonly string[]): boolean {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}

/**
 * Calls `listener` after every committed change to these tables, made in this tab or in
 * another (Dexie relays those). Returns the way to stop listening.
 */
export function onTablesChanged(tables: readonly string[], listener: () => void): () => void {
  const onMutated = (parts: ObservabilitySet) => {
    if (touches(parts, tables)) listener();
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}
