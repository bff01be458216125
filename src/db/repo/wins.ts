import { Dexie } from 'dexie';
import { winSearchWords } from '@/domain/search-text';
import type { Win } from '@/domain/win';
import { db } from '../database';
import type { DraftKey } from './drafts';
import { bagTables, putInBag, takeOutOfBag } from './jar-bag';

export interface NewWin {
  text: string;
  day: string;
  why?: string;
  tags?: string[];
  promptId?: string | null;
  /** Set by the reframe flow: what was hard, and whether it may come out of the jar with the win. */
  struggle?: { text: string; inJar: boolean };
  valueIds?: string[];
  /** Set when checking off a goal's step logs the win. */
  goal?: { goalId: string; stepId: string };
}

/**
 * Every new win drops into the jar in the same transaction: never one without the other.
 * Call inside a transaction over wins, jar and meta (and whatever else the caller writes).
 */
export async function storeNewWin(win: Win): Promise<void> {
  await db.wins.add(win);
  await putInBag(win.id);
}

/** A new win's row, every field filled; the text is expected to have passed `checkWinText`. */
export function buildWin(input: NewWin, now = Date.now()): Win {
  return {
    id: crypto.randomUUID(),
    text: input.text,
    why: input.why ?? '',
    tags: input.tags ?? [],
    day: input.day,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    inJar: 1,
    favourite: 0,
    promptId: input.promptId ?? null,
    foundInStruggle: input.struggle ? 1 : 0,
    struggle: input.struggle?.text ?? '',
    struggleInJar: input.struggle?.inJar ? 1 : 0,
    valueIds: input.valueIds ?? [],
    goalId: input.goal?.goalId ?? null,
    stepId: input.goal?.stepId ?? null,
    searchWords: winSearchWords({ text: input.text, why: input.why ?? '', tags: input.tags ?? [] }),
  };
}

/**
 * Saves a new win. A win written in the composer or the reframe flow takes its stored draft
 * (`fromDraft`, the draft's key) with it in the same transaction: a reload at any moment leaves
 * either the draft or the win, never neither, and never both.
 */
export async function addWin(input: NewWin, now = Date.now(), options: { fromDraft?: DraftKey } = {}): Promise<Win> {
  const win = buildWin(input, now);
  const { fromDraft } = options;
  const tables = fromDraft ? [db.wins, ...bagTables, db.drafts] : [db.wins, ...bagTables];
  // Dexie follows a transaction through awaits inside an async callback, not through a
  // promise handed back from a plain arrow, so the callback awaits.
  await db.transaction('rw', tables, async () => {
    await storeNewWin(win);
    if (fromDraft) await db.drafts.delete(fromDraft);
  });
  return win;
}

/** The wins counted for one day, oldest first, without deleted ones. */
export function listWinsForDay(day: string): Promise<Win[]> {
  return db.transaction('r', db.wins, async () => {
    const rows = await db.wins
      .where('[day+createdAt]')
      .between([day, Dexie.minKey], [day, Dexie.maxKey])
      .toArray();
    return rows.filter((win) => win.deletedAt === null);
  });
}

/** Soft delete: the row stays as a tombstone so an import or a sync cannot revive it. */
export async function deleteWin(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.wins, ...bagTables], async () => {
    await db.wins.update(id, { deletedAt: now, updatedAt: now });
    await takeOutOfBag(id);
  });
}

/** Undoes `deleteWin`. */
export async function restoreWin(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.wins, ...bagTables], async () => {
    await db.wins.update(id, { deletedAt: null, updatedAt: now });
    if ((await db.wins.get(id))?.inJar === 1) await putInBag(id);
  });
}

/** Takes a win out of the jar or puts it back; it stays in the journal either way. */
export async function setWinInJar(id: string, inJar: boolean, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.wins, ...bagTables], async () => {
    const win = await db.wins.get(id);
    if (!win) return;
    await db.wins.update(id, { inJar: inJar ? 1 : 0, updatedAt: now });
    if (inJar && win.deletedAt === null) await putInBag(id);
    else await takeOutOfBag(id);
  });
}

/** Every tag used so far, read from the tags index alone (one step per distinct tag). */
export function listKnownTags(): Promise<string[]> {
  return db.transaction('r', db.wins, async () => (await db.wins.orderBy('tags').uniqueKeys()).map(String));
}

/** How many different days from `firstDay` to `lastDay` (inclusive) hold at least one win. */
export function countDaysWithWins(firstDay: string, lastDay: string): Promise<number> {
  return db.transaction('r', db.wins, async () => {
    const rows = await db.wins
      .where('[day+createdAt]')
      .between([firstDay, Dexie.minKey], [lastDay, Dexie.maxKey])
      .filter((win) => win.deletedAt === null)
      .toArray();
    return new Set(rows.map((win) => win.day)).size;
  });
}
