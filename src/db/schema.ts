import type { Transaction } from 'dexie';
import { searchWordsOf } from '@/domain/search-text';
import { jarLayoutFor } from './jar-pages';
import { pagesAfterAdding, wordsToAdd } from './search-pages';

/**
 * Every schema version the database has ever had, oldest first. A version is
 * never edited once released: a change is a new entry with its own upgrade
 * and a migration test that starts from the previous version's fixture.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

// 2026-11-25, version 1: wins and this device's settings.
// wins: a day's list reads [day+createdAt]; updatedAt serves merges; tags is multi-entry.
const version1: SchemaVersion = {
  version: 1,
  stores: {
    wins: 'id, [day+createdAt], updatedAt, *tags',
    settings: 'key',
  },
};

// 2026-11-25, version 2: the win being typed (device-local, never exported) and the
// person's quick picks. Both start empty: built-in picks live in code until changed.
const version2: SchemaVersion = {
  version: 2,
  stores: {
    drafts: 'key',
    quickPicks: 'id, order',
  },
};

// 2026-11-25, version 3: the Win Jar. Wins gain inJar and favourite; slips are notes written
// straight into the jar; `jar` holds the shuffle bag's dense positions (derived from wins and
// slips, rebuildable); `meta` holds the bag's round state. Every kept win starts in the jar.
const version3: SchemaVersion = {
  version: 3,
  stores: {
    slips: 'id, createdAt, *tags',
    jar: 'id, pos',
    meta: 'key',
  },
  upgrade: async (tx) => {
    let size = 0;
    const bag: { id: string; pos: number }[] = [];
    await tx
      .table('wins')
      .toCollection()
      .modify((win: { id: string; deletedAt: number | null; inJar?: number; favourite?: number }) => {
        win.inJar = 1;
        win.favourite = 0;
        if (win.deletedAt === null) bag.push({ id: win.id, pos: size++ });
      });
    await tx.table('jar').bulkAdd(bag);
    await tx.table('meta').put({ key: 'jar', size, undrawn: size, lastDrawnId: null });
  },
};

// 2026-11-25, version 4: prompts and affirmations the person can make their own (stored once
// changed, like quick picks), the prompts shown each day (so none repeats within 14 days), and
// on each win the prompt it answered and whether it was found in a hard day.
const version4: SchemaVersion = {
  version: 4,
  stores: {
    prompts: 'id, order',
    affirmations: 'id, order',
    promptDays: 'day',
  },
  upgrade: async (tx) => {
    await tx
      .table('wins')
      .toCollection()
      .modify((win: Record<string, unknown>) => {
        win.promptId = null;
        win.foundInStruggle = 0;
        win.struggle = '';
        win.struggleInJar = 0;
      });
  },
};

// 2026-11-25, version 5: values and teeny-tiny goals. Wins gain valueIds (multi-entry index, so
// a value's wins are found without a walk, and a rename follows by id) and the goal and step a
// checked-off step logged them for.
const version5: SchemaVersion = {
  version: 5,
  stores: {
    wins: 'id, [day+createdAt], updatedAt, *tags, *valueIds, goalId',
    values: 'id, order',
    goals: 'id, order',
    goalSteps: 'id, goalId',
  },
  upgrade: async (tx) => {
    await tx
      .table('wins')
      .toCollection()
      .modify((win: Record<string, unknown>) => {
        win.valueIds = [];
        win.goalId = null;
        win.stepId = null;
      });
  },
};

// 2026-11-25, version 6: search. Wins gain searchWords, the folded (lowercase, accent-free)
// words of their text, why and tags, in a multi-entry index, so a search reads only the
// wins whose words begin with what was typed.
const version6: SchemaVersion = {
  version: 6,
  stores: {
    wins: 'id, [day+createdAt], updatedAt, *tags, *valueIds, goalId, *searchWords',
  },
  upgrade: async (tx) => {
    await tx
      .table('wins')
      .toCollection()
      .modify((win: { text: string; why: string; tags: string[]; searchWords?: string[] }) => {
        win.searchWords = searchWordsOf(win.text, win.why, ...win.tags);
      });
  },
};

// 2026-11-25, version 7: fewer, larger rows, because IndexedDB pays per row and per index entry
// (importing 100,000 wins took 18 s). The search index moves off the wins into searchPages, a
// page of win ids per row for each word (search-pages.ts): 1.1 million multi-entry index
// entries become a few thousand rows; wins keep their searchWords, unindexed. The jar's bag
// moves from a row per slip to jarPages, 32 positions a row, and jarWhere, JAR_BUCKETS (1,024) buckets of
// id → position (jar-pages.ts), same positions.
const version7: SchemaVersion = {
  version: 7,
  stores: {
    wins: 'id, [day+createdAt], updatedAt, *tags, *valueIds, goalId',
    searchPages: '[word+page]',
    jar: null,
    jarPages: 'page',
    jarWhere: 'bucket',
  },
  upgrade: async (tx) => {
    const bag = (await tx.table('jar').toArray()) as { id: string; pos: number }[];
    bag.sort((a, b) => a.pos - b.pos);
    const layout = jarLayoutFor(bag.map((slot) => slot.id));
    await tx.table('jarPages').bulkAdd(layout.pages);
    await tx.table('jarWhere').bulkAdd(layout.where);
    const wins: { id: string; searchWords: readonly string[] }[] = [];
    await tx
      .table('wins')
      .toCollection()
      .each((win: { id: string; searchWords?: string[] }) => {
        wins.push({ id: win.id, searchWords: win.searchWords ?? [] });
      });
    await tx.table('searchPages').bulkPut(pagesAfterAdding(wordsToAdd(wins), new Map()));
  },
};

// 2026-12-01, version 8: wins lose their updatedAt and goalId indexes. Each index is work
// IndexedDB does for every row written. updatedAt served only the backup reminder's count, which
// now counts new wins through [day+createdAt] (db/repo/backup.ts); merges compare updatedAt on
// rows already read. No query ever asked goalId of the wins (a goal's filter checks each row).
// Importing 100,000 wins is about 0.5 s sooner. Rows are unchanged.
const version8: SchemaVersion = {
  version: 8,
  stores: {
    wins: 'id, [day+createdAt], *tags, *valueIds',
  },
};

export const schemaVersions: readonly SchemaVersion[] = [version1, version2, version3, version4, version5, version6, version7, version8];

export const latestSchemaVersion = schemaVersions.length;

/** The first version with searchPages, which a write to wins must keep in step. */
export const searchPagesSince = version7.version;
