import type { Table } from 'dexie';
import { itemToRow, mergeList, moveItem, type ListItem, type ListRow } from '@/domain/custom-list';
import { db } from '../database';

/** Commands and queries for one customisable list, each in its own transaction. */
export type CustomListRepo<T extends ListItem> = ReturnType<typeof createCustomListRepo<T>>;

/**
 * A change to the whole list. `createdAt` holds each stored item's creation time by id; a change
 * that brings back a removed item puts its time back there, so the item is the same one as before.
 */
export type ListChange<T extends ListItem> = (items: T[], createdAt: Map<string, number>) => T[];

export function createCustomListRepo<T extends ListItem>(table: () => Table<ListRow<T>, string>, builtIns: readonly T[]) {
  function list(): Promise<T[]> {
    return db.transaction('r', table(), async () => mergeList(builtIns, await table().toArray()));
  }

  /** Writes the whole list in its new order: lists are short, and order stays dense. */
  async function rewrite(change: ListChange<T>, now = Date.now()): Promise<void> {
    await db.transaction('rw', table(), async () => {
      const rows = await table().toArray();
      const createdAt = new Map(rows.map((row) => [row.id, row.createdAt]));
      const next = change(mergeList(builtIns, rows), createdAt);
      const keep = new Set(next.map((item) => item.id));
      await table().bulkDelete(rows.filter((row) => !keep.has(row.id)).map((row) => row.id));
      await table().bulkPut(next.map((item, index) => itemToRow(item, index, createdAt.get(item.id) ?? now, now)));
    });
  }

  // Removing an item, and undoing that, is `removeListItem` (custom-list-removal.ts): only the
  // list editor needs it, so it stays out of the first screen's download.
  return {
    list,
    rewrite,
    add: (item: Omit<T, 'id' | 'hidden' | 'builtIn'>, now = Date.now()) =>
      rewrite((items) => [...items, { ...item, id: crypto.randomUUID(), hidden: false, builtIn: false } as T], now),
    edit: (id: string, changes: Partial<Omit<T, 'id' | 'builtIn'>>, now = Date.now()) =>
      rewrite((items) => items.map((item) => (item.id === id ? { ...item, ...changes } : item)), now),
    setHidden: (id: string, hidden: boolean, now = Date.now()) =>
      rewrite((items) => items.map((item) => (item.id === id ? { ...item, hidden } : item)), now),
    /** Brings back every hidden built-in. */
    restoreBuiltIns: (now = Date.now()) =>
      rewrite((items) => items.map((item) => (item.builtIn ? { ...item, hidden: false } : item)), now),
    move: (id: string, step: -1 | 1, now = Date.now()) => rewrite((items) => moveItem(items, id, step), now),
  };
}
