import { Dexie } from 'dexie';
import { db } from '../database';
import { onTablesChanged } from '../tables-changed';

// Every win's place in time (a larger number is newer), from the [day+createdAt] index's
// keys alone. A search sorts its index hits by it and reads only the newest rows, instead
// of reading every hit (one request per row) just to learn its date. With 100,000 wins it
// takes about a quarter of a second of storage work, so it is prepared ahead, a year per
// request so that the screen's own reads are never stuck behind it, and never on a
// keystroke's path.
let ready: ReadonlyMap<string, number> | null = null;
let building: Promise<void> | null = null;
// Bumped by every change to wins: a build that started before a change is thrown away.
let generation = 0;

// Any change to wins, here or in another tab, may add a win or move one in time.
onTablesChanged(['wins'], () => {
  generation += 1;
  ready = null;
});

/** The order, if it is ready now; null while it is not (call prepareWinTimeOrder). */
export function winTimeOrder(): ReadonlyMap<string, number> | null {
  return ready;
}

const yearOf = (win: { day: string } | undefined) => (win ? Number(win.day.slice(0, 4)) : null);

async function readOrder(): Promise<Map<string, number> | null> {
  const started = generation;
  const read = <T>(query: () => Promise<T>) => db.transaction('r', db.wins, query);
  const first = yearOf(await read(() => db.wins.orderBy('[day+createdAt]').first()));
  const last = yearOf(await read(() => db.wins.orderBy('[day+createdAt]').last()));
  const order = new Map<string, number>();
  if (first === null || last === null) return order;
  for (let year = first; year <= last; year += 1) {
    const ids = await read(() =>
      db.wins
        .where('[day+createdAt]')
        .between([`${String(year)}-01-01`, Dexie.minKey], [`${String(year)}-12-31`, Dexie.maxKey], true, true)
        .primaryKeys(),
    );
    for (const id of ids) order.set(id, order.size);
    if (started !== generation) return null;
  }
  return started === generation ? order : null;
}

/** Reads the order, once at a time; safe to call as often as wanted. */
export function prepareWinTimeOrder(): Promise<void> {
  if (ready) return Promise.resolve();
  // Outside any caller's transaction: a search must not wait for this, nor keep it alive.
  building ??= Dexie.ignoreTransaction(async () => {
    try {
      ready = await readOrder();
    } finally {
      building = null;
    }
  });
  return building;
}
