// The Win Jar's pull, timed in the page with the app's own code, beside the walk it must not be.
// This bundle holds its own copy of the app's data layer: a second connection to the same
// database, with the same Dexie class (Dexie's import wrapper shares one per page), so its writes
// wake the app's live queries just as the app's own pull does.
import { db } from '@/db/database';
import { pullFromJar } from '@/db/repo/jar';

export interface TimedPull {
  ms: number;
  id: string;
}

export interface BagCheck {
  size: number;
  undrawn: number;
  /** Slips on the jar's pages, counted slot by slot. */
  jarRows: number;
  wins: number;
}

/** Exactly what the Jar screen's "Pull a win" runs when no filter is set, and nothing else. */
export async function timePull(): Promise<TimedPull> {
  const started = performance.now();
  const item = await pullFromJar();
  const ms = performance.now() - started;
  if (!item) throw new Error('the jar gave nothing to pull');
  return { ms, id: item.id };
}

/**
 * What the issue measures against: Dexie's offset(n).first() over the wins, n uniform in [0, count).
 * Dexie runs it as one readonly transaction holding a cursor on the wins store that reads the
 * first row, advance(n)s and reads one more value: a walk of n rows.
 */
export async function timeOffsetPick(count: number): Promise<number> {
  const offset = Math.floor(Math.random() * count);
  const started = performance.now();
  const win = await db.wins.offset(offset).first();
  const ms = performance.now() - started;
  if (!win) throw new Error(`offset(${offset}).first() found nothing among ${count} wins`);
  return ms;
}

/** Every slot the jar's pages hold, counted one by one: what the bag's size must agree with. */
export async function slipsInJar(): Promise<number> {
  return (await db.jarPages.toArray()).reduce((sum, page) => sum + page.ids.length, 0);
}

export async function checkBag(): Promise<BagCheck> {
  return db.transaction('r', [db.meta, db.jarPages, db.wins], async () => {
    const [state, jarRows, wins] = await Promise.all([db.meta.get('jar'), slipsInJar(), db.wins.count()]);
    return { size: state?.size ?? -1, undrawn: state?.undrawn ?? -1, jarRows, wins };
  });
}

/** Opens this copy's connection, so the first timed call does not pay for it. */
export async function openDatabase(): Promise<void> {
  await db.open();
}
