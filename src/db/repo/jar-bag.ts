import { Dexie } from 'dexie';
import { addToBag, emptyBag, removeFromBag, type BagPositions, type BagState } from '@/domain/shuffle-bag';
import { db } from '../database';
import { bucketOf, JAR_PAGE_SIZE, pageOf, type JarPageRow, type JarWhereRow } from '../jar-pages';

/**
 * The tables every change to the jar's bag writes; a transaction that may change it takes them all.
 * The bag's size changes only beside a write to a win or a slip in the same transaction (saving,
 * deleting, restoring, taking out of the jar, importing): JAR_SIZE_CHANGES_WITH in jar.ts.
 */
export const bagTables = [db.jarPages, db.jarWhere, db.meta];

// Rows read in a transaction, kept for its next steps: a draw reads two pages to learn which
// slips it swaps, then writes those same pages and the slips' buckets; a new slip's bucket is
// read to see it is not in the jar yet, then written. Reading them again would cost a round
// trip each time. Writes go through the same objects, so what is kept is always what is stored
// (the one other writer, an import laying the jar out afresh, does so in a transaction that
// draws nothing).
const rowsRead = new WeakMap<object, Map<string, unknown>>();

async function readRows<Row>(
  table: { name: string; bulkGet(keys: number[]): PromiseLike<(Row | undefined)[]> },
  keys: readonly number[],
): Promise<(Row | undefined)[]> {
  const transaction = Dexie.currentTransaction;
  const kept = rowsRead.get(transaction) ?? new Map<string, unknown>();
  rowsRead.set(transaction, kept);
  const slot = (key: number) => `${table.name}/${String(key)}`;
  const missing = [...new Set(keys.filter((key) => !kept.has(slot(key))))];
  if (missing.length > 0) {
    const found = await table.bulkGet(missing);
    missing.forEach((key, index) => kept.set(slot(key), found[index]));
  }
  return keys.map((key) => kept.get(slot(key)) as Row | undefined);
}

function keepRow(table: { name: string }, key: number, row: unknown): void {
  rowsRead.get(Dexie.currentTransaction)?.set(`${table.name}/${String(key)}`, row);
}

// Writes to the pages and buckets a transaction has asked for but not yet waited on. IndexedDB
// carries out a transaction's requests in order, so every later read sees them; writeBag, the last
// step of every change to the bag, waits for them with its own write, so they cost no round trip
// of their own (a pull waited for them before asking for its slip) and a failure still fails it.
const pendingWrites = new WeakMap<object, Promise<unknown>[]>();

function writeLater(write: Promise<unknown>): void {
  // Waited for in writeBag; meanwhile a failure is expected there, not unhandled.
  write.catch(() => undefined);
  const transaction = Dexie.currentTransaction;
  const pending = pendingWrites.get(transaction) ?? [];
  pendingWrites.set(transaction, pending);
  pending.push(write);
}

const readPages = (numbers: readonly number[]) => readRows<JarPageRow>(db.jarPages, numbers);
const readBuckets = (numbers: readonly number[]) => readRows<JarWhereRow>(db.jarWhere, numbers);

// The shuffle bag over jarPages and jarWhere (see jar-pages.ts). Every function here must
// run inside a transaction over bagTables.
export const jarPositions: BagPositions = {
  idAt: async (position) => (await readPages([pageOf(position)]))[0]?.ids[position % JAR_PAGE_SIZE],
  positionOf: async (id) => (await readBuckets([bucketOf(id)]))[0]?.positions.get(id),
  place: async (moves) => {
    const pageNumbers = [...new Set(moves.map(({ position }) => pageOf(position)))];
    const bucketNumbers = [...new Set(moves.map(({ id }) => bucketOf(id)))];
    const [foundPages, foundBuckets] = await Promise.all([readPages(pageNumbers), readBuckets(bucketNumbers)]);
    const pages: JarPageRow[] = pageNumbers.map((page, index) => foundPages[index] ?? { page, ids: [] });
    const buckets: JarWhereRow[] = bucketNumbers.map((bucket, index) => foundBuckets[index] ?? { bucket, positions: new Map() });
    for (const page of pages) keepRow(db.jarPages, page.page, page);
    for (const bucket of buckets) keepRow(db.jarWhere, bucket.bucket, bucket);
    for (const { id, position } of moves) {
      const ids = pages.find((row) => row.page === pageOf(position))?.ids ?? [];
      const slot = position % JAR_PAGE_SIZE;
      if (slot > ids.length) throw new Error(`The jar has a gap before position ${position}; its positions are not dense.`);
      ids[slot] = id;
      buckets.find((row) => row.bucket === bucketOf(id))?.positions.set(id, position);
    }
    writeLater(db.jarPages.bulkPut(pages));
    writeLater(db.jarWhere.bulkPut(buckets));
  },
  forget: async (id) => {
    const [where] = await readBuckets([bucketOf(id)]);
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

/** The bag's round state, with every write to its pages and buckets still on the way (see writeLater). */
export async function writeBag(state: BagState): Promise<void> {
  const transaction = Dexie.currentTransaction;
  const pending = pendingWrites.get(transaction) ?? [];
  pendingWrites.delete(transaction);
  await Promise.all([...pending, db.meta.put({ key: 'jar', ...state })]);
}

export async function putInBag(id: string): Promise<void> {
  await writeBag(await addToBag(await readBag(), jarPositions, id));
}

export async function takeOutOfBag(id: string): Promise<void> {
  await writeBag(await removeFromBag(await readBag(), jarPositions, id));
}
