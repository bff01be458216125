import { addToBag, emptyBag, removeFromBag, type BagPositions, type BagState } from '@/domain/shuffle-bag';
import { db } from '../database';

// The shuffle bag over the `jar` table: one indexed lookup per position, never a walk.
// Every function here must run inside a transaction that includes db.jar and db.meta.
export const jarPositions: BagPositions = {
  idAt: async (pos) => (await db.jar.where('pos').equals(pos).first())?.id,
  positionOf: async (id) => (await db.jar.get(id))?.pos,
  place: async (id, pos) => {
    await db.jar.put({ id, pos });
  },
  forget: async (id) => {
    await db.jar.delete(id);
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
