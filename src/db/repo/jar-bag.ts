import { addToBag, emptyBag, removeFromBag, type BagPositions, type BagState } from '@/domain/shuffle-bag';
import { db } from '../database';
import { JAR_PAGE_SIZE, pageOf } from '../jar-pages';

// The shuffle bag over the jarPages table (see jar-pages.ts). Every function here must run
// inside a transaction over jarPages and meta.
export const jarPositions: BagPositions = {
  idAt: async (position) => (await db.jarPages.get(pageOf(position)))?.ids[position % JAR_PAGE_SIZE],
  positionOf: async (id) => {
    const row = await db.jarPages.where('ids').equals(id).first();
    const slot = row ? row.ids.indexOf(id) : -1;
    return row && slot >= 0 ? row.page * JAR_PAGE_SIZE + slot : undefined;
  },
  place: async (moves) => {
    const numbers = [...new Set(moves.map(({ position }) => pageOf(position)))];
    const found = await db.jarPages.bulkGet(numbers);
    const pages = numbers.map((page, index) => found[index] ?? { page, ids: [] });
    for (const { id, position } of moves) {
      const ids = pages.find((row) => row.page === pageOf(position))?.ids ?? [];
      const slot = position % JAR_PAGE_SIZE;
      if (slot > ids.length) throw new Error(`The jar has a gap before position ${position}; its positions are not dense.`);
      ids[slot] = id;
    }
    await db.jarPages.bulkPut(pages);
  },
  forget: async (id) => {
    // The bag moves a slip to the last position before forgetting it, so it is always the last slot.
    const row = await db.jarPages.where('ids').equals(id).first();
    if (!row) return;
    if (row.ids.at(-1) !== id) throw new Error('Only the last slip in the jar can be taken off its page.');
    row.ids.pop();
    if (row.ids.length === 0) await db.jarPages.delete(row.page);
    else await db.jarPages.put(row);
  },
};

export async function readBag(): Promise<BagState> {
  const row = await db.meta.get('jar');
  if (!row) return emptyBag;
  return { size: row.size, undrawn: row.undrawn, lastDrawnId: row.lastDrawnId };
}

export async function writeBag(state: BagState): Promise<void> {
  await db.meta.put({ key: 'jar', ...state });
}

export async function putInBag(id: string): Promise<void> {
  await writeBag(await addToBag(await readBag(), jarPositions, id));
}

export async function takeOutOfBag(id: string): Promise<void> {
  await writeBag(await removeFromBag(await readBag(), jarPositions, id));
}
