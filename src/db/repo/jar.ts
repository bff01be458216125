import { drawFromBag, returnToBag } from '@/domain/shuffle-bag-draw';
import { pickFiltered, type JarFilter } from '@/domain/jar-filter';
import type { JarItem, Slip } from '@/domain/slip';
import { dayOf } from '@/domain/day';
import type { Win } from '@/domain/win';
import { db } from '../database';
import { bucketOf } from '../jar-pages';
import { bagTables, jarPositions, putInBag, readBag, takeOutOfBag, writeBag } from './jar-bag';

function winItem(win: Win): JarItem {
  return {
    id: win.id,
    source: 'win',
    text: win.text,
    why: win.why,
    tags: win.tags,
    day: win.day,
    favourite: win.favourite === 1,
    struggle: win.struggleInJar === 1 ? win.struggle : '',
  };
}

function slipItem(slip: Slip): JarItem {
  return {
    id: slip.id,
    source: 'slip',
    text: slip.text,
    why: slip.why,
    tags: slip.tags,
    day: dayOf(new Date(slip.createdAt), 0),
    favourite: slip.favourite === 1,
    struggle: '',
  };
}

async function readItem(id: string): Promise<JarItem | null> {
  // A slip in the jar is a win or a slip note; asking both at once saves a round trip.
  const [win, slip] = await Promise.all([db.wins.get(id), db.slips.get(id)]);
  if (win) return winItem(win);
  return slip ? slipItem(slip) : null;
}

const jarTables = [...bagTables, db.wins, db.slips];

/**
 * The tables whose changes can move the jar's size: it changes only beside a write to a win or a
 * slip (jar-bag.ts). A count re-read on these alone is never stale, and pulls, which rewrite the
 * bag's round state beside the size, do not wake it.
 */
export const JAR_SIZE_CHANGES_WITH = ['wins', 'slips'] as const;

/** How many slips the jar holds: read from the bag's state, not counted row by row. */
export function countJar(): Promise<number> {
  return db.transaction('r', db.meta, async () => (await readBag()).size);
}

// Slips from the day to pass over that one pull may set aside: enough for a day's few wins.
const PASS_OVER_AT_MOST = 3;

/**
 * Pulls one slip: uniformly random, none again until all have come out, never twice in a row.
 * `notFromDay` (a hard day's pull): a slip from that day goes back for later in the round and
 * another comes out, up to a few times, while any other is left to come out this round.
 */
export function pullFromJar(random: () => number = Math.random, { notFromDay }: { notFromDay?: string } = {}): Promise<JarItem | null> {
  return db.transaction('rw', jarTables, async () => {
    let bag = await readBag();
    const passedOver: string[] = [];
    for (;;) {
      const { id, state } = await drawFromBag(bag, jarPositions, random, passedOver);
      if (notFromDay === undefined || id === null) {
        // The bag is written while the slip is read: a pull is on its way to the screen.
        const [, item] = await Promise.all([writeBag(state), id === null ? null : readItem(id)]);
        return item;
      }
      const item = await readItem(id);
      const passOver = item !== null && item.day === notFromDay && !passedOver.includes(id) && passedOver.length < PASS_OVER_AT_MOST;
      if (!passOver) {
        await writeBag(state);
        return item;
      }
      bag = await returnToBag(state, jarPositions, id);
      passedOver.push(id);
    }
  });
}

/** "Put it back": the slip can come out again before this round ends. */
export function putBackInJar(id: string): Promise<void> {
  return db.transaction('rw', bagTables, async () => {
    await writeBag(await returnToBag(await readBag(), jarPositions, id));
  });
}

/** Keeps a win or a slip close (or lets it go back to being an ordinary one). */
export function setFavourite(item: Pick<JarItem, 'id' | 'source'>, favourite: boolean, now = Date.now()): Promise<void> {
  const table = item.source === 'win' ? db.wins : db.slips;
  return db.transaction('rw', table, async () => {
    await table.update(item.id, { favourite: favourite ? 1 : 0, updatedAt: now });
  });
}

export interface NewSlip {
  text: string;
  why?: string;
  tags?: string[];
}

/** Writes a slip straight into the jar: a compliment, a good memory. */
export async function addSlip(input: NewSlip, now = Date.now()): Promise<Slip> {
  const slip: Slip = {
    id: crypto.randomUUID(),
    text: input.text,
    why: input.why ?? '',
    tags: input.tags ?? [],
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    favourite: 0,
  };
  await db.transaction('rw', [db.slips, ...bagTables], async () => {
    await db.slips.add(slip);
    await putInBag(slip.id);
  });
  return slip;
}

export async function deleteSlip(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.slips, ...bagTables], async () => {
    await db.slips.update(id, { deletedAt: now, updatedAt: now });
    await takeOutOfBag(id);
  });
}

export async function restoreSlip(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.slips, ...bagTables], async () => {
    await db.slips.update(id, { deletedAt: null, updatedAt: now });
    await putInBag(id);
  });
}

/** A jar item by id, for showing the current pull again after a reload. */
export function readJarItem(id: string): Promise<JarItem | null> {
  return db.transaction('r', [db.wins, db.slips], async () => await readItem(id));
}

/** The ids in the jar that match a filter, through the multi-entry indexes: never a walk of the jar. */
async function idsMatching(filter: JarFilter): Promise<string[]> {
  const index = filter.kind === 'tag' ? 'tags' : 'valueIds';
  const [winIds, slipIds] = await Promise.all([
    db.wins.where(index).equals(filter.value).primaryKeys(),
    // Slips carry tags but no values.
    filter.kind === 'tag' ? db.slips.where('tags').equals(filter.value).primaryKeys() : Promise.resolve([]),
  ]);
  const ids = [...new Set([...winIds, ...slipIds])];
  const numbers = [...new Set(ids.map(bucketOf))];
  const found = await db.jarWhere.bulkGet(numbers);
  const buckets = new Map(numbers.map((bucket, index) => [bucket, found[index]]));
  return ids.filter((id) => buckets.get(bucketOf(id))?.positions.has(id) === true);
}

/** A pull limited to a filter; `seen` keeps repeats away until every match has come out. */
export function pullFromJarWhere(
  filter: JarFilter,
  seen: ReadonlySet<string>,
  lastId: string | null,
  random: () => number = Math.random,
): Promise<{ item: JarItem | null; seen: Set<string> }> {
  return db.transaction('r', jarTables, async () => {
    const picked = pickFiltered(await idsMatching(filter), seen, lastId, random);
    return { item: picked.id === null ? null : await readItem(picked.id), seen: picked.seen };
  });
}

/** Tags that slips in the jar carry, for the filter's choices. */
export function listJarTags(): Promise<string[]> {
  return db.transaction('r', [db.wins, db.slips], async () => {
    const [winTags, slipTags] = await Promise.all([db.wins.orderBy('tags').uniqueKeys(), db.slips.orderBy('tags').uniqueKeys()]);
    return [...new Set([...winTags, ...slipTags].map(String))].sort((a, b) => a.localeCompare(b));
  });
}
