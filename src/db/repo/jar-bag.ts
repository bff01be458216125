import { Dexie } from 'dexie';
import { addToBag, emptyBag, removeFromBag, type BagPositions, type BagState } from '@/domain/shuffle-bag';
import { db } from '../database';
import { bucketOf, JAR_PAGE_SIZE, pageOf, type JarPageRow, type JarWhereRow } from '../jar-pages';

/** The tables every change to the jar's bag writes; a transaction that may change it takes them all. */
export const bagTables = [db.jarPages, db.jarWhere, db.meta];

// Pages read in a transaction, kept for its next steps: a draw reads two pages to learn which
// slips it swaps, then writes those same pages, and reading them again would cost a round trip.
// Writes go through the same objects, so what is kept is always what is stored (the one other
// writer, an import laying the jar out afresh, does so in a transaction that draws nothing).
const pagesRead = new WeakMap<object, Map<number, JarPageRow | undefined>>();

function readPages(numbers: readonly number[]): Promise<(JarPageRow | undefined)[]> {
  const transaction = Dexie.currentTransaction;
  const kept = pagesRead.get(transaction) ?? new Map<number, JarPageRow | undefined>();
  pagesRead.set(transaction, kept);
  const missing = numbers.filter((page) => !kept.has(page));
  const reading = missing.length === 0 ? Promise.resolve([]) : db.jarPages.bulkGet(missing);
  return reading.then((found) => {
    missing.forEach((page, index) => kept.set(page, found[index]));
    return numbers.map((page) => kept.get(page));
  });
}

function keepPage(page: JarPageRow): void {
  pagesRead.get(Dexie.currentTransaction)?.set(page.page, page);
}

// The shuffle bag over jarPages and jarWhere (see jar-pages.ts). Every function here must
// run inside a transaction over bagTables.
export const jarPositions: BagPositions = {
  idAt: async (position) => (await readPages([pageOf(position)]))[0]?.ids[position % JAR_PAGE_SIZE],
  positionOf: async (id) => (await db.jarWhere.get(bucketOf(id)))?.positions.get(id),
  place: async (moves) => {
    const pageNumbers = [...new Set(moves.map(({ position }) => pageOf(position)))];
    const bucketNumbers = [...new Set(moves.map(({ id }) => bucketOf(id)))];
    const [foundPages, foundBuckets] = await Promise.all([readPages(pageNumbers), db.jarWhere.bulkGet(bucketNumbers)]);
    const pages: JarPageRow[] = pageNumbers.map((page, index) => foundPages[index] ?? { page, ids: [] });
    pages.forEach(keepPage);
    const buckets: JarWhereRow[] = bucketNumbers.map((bucket, index) => foundBuckets[index] ?? { bucket, positions: new Map() });
    for (const { id, position } of moves) {
      const ids = pages.find((row) => row.page === pageOf(position))?.ids ?? [];
      const slot = position % JAR_PAGE_SIZE;
      if (slot > ids.length) throw new Error(`The jar has a gap before position ${position}; its positions are not dense.`);
      ids[slot] = id;
      buckets.find((row) => row.bucket === bucketOf(id))?.positions.set(id, position);
    }
    await Promise.all([db.jarPages.bulkPut(pages), db.jarWhere.bulkPut(buckets)]);
  },
  forget: async (id) => {
    const where = await db.jarWhere.get(bucketOf(id));
    const position = where?.positions.get(id);
    if (!where || position === undefined) return;
    // The bag moves a slip to the last position before forgetting it, so it is always the last slot.
    const [page] = await readPages([pageOf(position)]);
    if (page?.ids.at(-1) !== id) throw new Error('Only the last slip in the jar can be taken off its page.');
    page.ids.pop();
    where.positions.delete(id);
    await Promise.all([page.ids.length === 0 ? db.jarPages.delete(page.page) : db.jarPages.put(page), db.jarWhere.put(where)]);
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
