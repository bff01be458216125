import type { ListItem } from '@/domain/custom-list';
import type { CustomListRepo } from './custom-list';

/** Puts a removed item back; resolves once it is stored again. */
export type PutBack = () => Promise<void>;

/**
 * Removes one of the person's own items (built-ins can only be hidden) and hands back the way to
 * undo it: the same item, its id and creation time too, at the place it held. Wins name a value
 * by its id, so a value put back is found again on every win tagged with it. Nothing is removed,
 * and nothing handed back, for a built-in or an id the list does not hold.
 */
export async function removeListItem<T extends ListItem>(repo: CustomListRepo<T>, id: string, now = Date.now()): Promise<PutBack | undefined> {
  let removed: { item: T; place: number; createdAt: number | undefined } | undefined;
  await repo.rewrite((items, createdAt) => {
    const place = items.findIndex((item) => item.id === id && !item.builtIn);
    const item = items[place];
    if (!item) return items;
    removed = { item, place, createdAt: createdAt.get(id) };
    return items.filter((other) => other !== item);
  }, now);
  if (!removed) return undefined;
  const { item, place, createdAt } = removed;
  return () =>
    repo.rewrite((items, created) => {
      // Undone already (a second tap): the item is back, and a second copy would break the list.
      if (items.some((other) => other.id === item.id)) return items;
      if (createdAt !== undefined) created.set(item.id, createdAt);
      return [...items.slice(0, place), item, ...items.slice(place)];
    });
}
