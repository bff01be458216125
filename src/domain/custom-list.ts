/**
 * A list the app ships with that the person can make their own: quick picks,
 * prompts, affirmations. Built-ins live in code until the person first changes
 * the list; from then on every item has a stored row, in order.
 */
export interface ListItem {
  id: string;
  text: string;
  hidden: boolean;
  /** True for the ones that ship with the app: those can be hidden but not removed. */
  builtIn: boolean;
}

/** How an item is stored. Booleans are 0/1 so they could be indexed. */
export type ListRow<T extends ListItem> = Omit<T, 'hidden' | 'builtIn'> & {
  hidden: 0 | 1;
  builtIn: 0 | 1;
  order: number;
  createdAt: number;
  updatedAt: number;
};

export function itemToRow<T extends ListItem>(item: T, order: number, createdAt: number, updatedAt: number): ListRow<T> {
  return { ...item, hidden: item.hidden ? 1 : 0, builtIn: item.builtIn ? 1 : 0, order, createdAt, updatedAt };
}

export function rowToItem<T extends ListItem>(row: ListRow<T>): T {
  const { order: _order, createdAt: _createdAt, updatedAt: _updatedAt, hidden, builtIn, ...rest } = row;
  return { ...rest, hidden: hidden === 1, builtIn: builtIn === 1 } as unknown as T;
}

/**
 * The list to show: the stored rows in their order, then any built-in the
 * person has never touched (such as one added by a newer version of the app).
 */
export function mergeList<T extends ListItem>(builtIns: readonly T[], rows: readonly ListRow<T>[]): T[] {
  const stored = [...rows].sort((a, b) => a.order - b.order).map((row) => rowToItem(row));
  const storedIds = new Set(stored.map((item) => item.id));
  return [...stored, ...builtIns.filter((item) => !storedIds.has(item.id))];
}

/** Moves the item with `id` one place up (-1) or down (+1); past either end, nothing changes. */
export function moveItem<T extends ListItem>(items: readonly T[], id: string, step: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + step;
  const moving = items[from];
  const other = items[to];
  if (from < 0 || !moving || !other) return [...items];
  const next = [...items];
  next[from] = other;
  next[to] = moving;
  return next;
}
