import { Dexie, type DBCoreTransaction, type Table } from 'dexie';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportTables,
  travellingSettings,
  type ExportedJar,
  type ExportedSettings,
  type ExportedWin,
  type ExportFile,
  type ExportTable,
} from '@/domain/export-format';
import { dateOfDay, dayBefore, dayOf } from '@/domain/day';
import { NUDGE_AFTER_NEW_WINS } from '@/domain/export-writers';
import { winSearchWords } from '@/domain/search-text';
import type { Win } from '@/domain/win';
import { db } from '../database';
import { jarLayoutFor } from '../jar-pages';
import { bagTables, readBag } from './jar-bag';
import { holdSearchWords, writeHeldSearchWords } from '../search-pages-held';
import { readSettings, writeSetting } from './settings';

// Rows per write: 500 wins with their search words take well under 200 ms of main thread.
const CHUNK = 500;
// Chunks handed to IndexedDB ahead of the one being made ready: with one, storage sat idle
// while the page found the next chunk's search words (applyImport 7.2 s at 100,000 wins;
// 6.5 s with three, and no better with six).
const CHUNKS_IN_FLIGHT = 3;
// Rows per read when collecting an export: each read's rows arrive in one task, and 5,000
// wins take some 20 ms there, where all 100,000 at once took over 300.
const EXPORT_PAGE = 5000;

function tableFor(name: ExportTable): Table<{ id: string; updatedAt: number }, string> {
  return db.table(name);
}

/** Everything the person has made, read in one transaction so the export is consistent. */
export function collectExport(now = new Date()): Promise<ExportFile> {
  return db.transaction('r', [...exportTables.map(tableFor), db.settings, ...bagTables], async () => {
    const [wins, slips, quickPicks, prompts, affirmations, values, goals, goalSteps, settings, jar] = await Promise.all([
      winsForExport(),
      db.slips.toArray(),
      db.quickPicks.toArray(),
      db.prompts.toArray(),
      db.affirmations.toArray(),
      db.values.toArray(),
      db.goals.toArray(),
      db.goalSteps.toArray(),
      settingsForExport(),
      jarForExport(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      data: {
        wins,
        slips,
        quickPicks,
        prompts,
        affirmations,
        values,
        goals,
        goalSteps,
        settings,
        jar,
      },
    };
  });
}

/** The settings that travel, with when each was changed (null for one never changed). */
async function settingsForExport(): Promise<ExportedSettings> {
  const [settings, rows] = await Promise.all([readSettings(), db.settings.bulkGet([...travellingSettings])]);
  return {
    dayStartsAtHour: settings.dayStartsAtHour,
    weeklyRhythm: settings.weeklyRhythm,
    changedAt: { dayStartsAtHour: rows[0]?.updatedAt ?? null, weeklyRhythm: rows[1]?.updatedAt ?? null },
  };
}

/** Every slip in the jar in the order of its positions: the bag's pages, read whole. */
async function jarMembers(): Promise<string[]> {
  return (await db.jarPages.orderBy('page').toArray()).flatMap((page) => page.ids);
}

/** The jar's round: what has come out since every slip was last in (see shuffle-bag.ts). */
async function jarForExport(): Promise<ExportedJar> {
  const [members, bag] = await Promise.all([jarMembers(), readBag()]);
  return { drawn: members.slice(bag.undrawn), lastDrawnId: bag.lastDrawnId };
}

/** Every win, a page at a time by id, without its search words (an import rebuilds them). */
async function winsForExport(): Promise<Omit<Win, 'searchWords'>[]> {
  const wins: Omit<Win, 'searchWords'>[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Win[] = await (after === null ? db.wins.orderBy(':id') : db.wins.where(':id').above(after)).limit(EXPORT_PAGE).toArray();
    for (const { searchWords: _searchWords, ...win } of page) wins.push(win);
    const last = page.at(-1);
    if (!last || page.length < EXPORT_PAGE) return wins;
    after = last.id;
  }
}

export interface ImportPreview {
  /** Wins the file keeps: its deleted ones (tombstones) are not counted or dated. */
  wins: number;
  firstDay: string | null;
  lastDay: string | null;
  /** Of those, wins this device already has, as they are or newer. */
  alreadyHere: number;
  /** Of those, wins deleted on this device since: the file cannot bring them back. */
  staysDeleted: number;
  /** Wins here that the file deleted later than this device last changed them: the import deletes them. */
  removedHere: number;
  /** Rows in the file (of any kind) that would be added or would replace an older copy. */
  changes: number;
}

type Row = { id: string; updatedAt: number };

/**
 * The file's rows that are new here or newer than the stored copy. The stored ids come in
 * one read of keys alone; only rows whose id is already here are fetched to compare dates,
 * so a backup brought to a new phone costs no lookups at all. `compared` hears each row that
 * is here, with the stored copy, for a preview to tell what the merge will do with it.
 */
async function newerThanStored<T extends Row>(name: ExportTable, rows: readonly T[], compared?: (row: T, stored: T) => void) {
  const table = tableFor(name);
  const storedIds = new Set(await table.toCollection().primaryKeys());
  /** Not here at all: added, never compared. */
  const fresh: T[] = [];
  /** Here, but older than the file's copy: replaced. */
  const replacing: T[] = [];
  const both: T[] = [];
  for (const row of rows) (storedIds.has(row.id) ? both : fresh).push(row);
  for (let start = 0; start < both.length; start += CHUNK) {
    const chunk = both.slice(start, start + CHUNK);
    const stored = (await table.bulkGet(chunk.map((row) => row.id))) as (T | undefined)[];
    chunk.forEach((row, index) => {
      const existing = stored[index];
      if (existing) compared?.(row, existing);
      if (!existing || existing.updatedAt < row.updatedAt) replacing.push(row);
    });
  }
  return { fresh, replacing };
}

/**
 * Counts what the merge does with each of the file's wins that is here already: the copy
 * changed last stays, deleted or not, so a deletion travels like any other change.
 */
function winTally() {
  const tally = { alreadyHere: 0, staysDeleted: 0, removedHere: 0 };
  const compare = (row: ExportedWin, stored: ExportedWin) => {
    const fileIsNewer = row.updatedAt > stored.updatedAt;
    if (row.deletedAt === null) {
      if (!fileIsNewer) tally[stored.deletedAt === null ? 'alreadyHere' : 'staysDeleted'] += 1;
    } else if (fileIsNewer && stored.deletedAt === null) {
      tally.removedHere += 1;
    }
  };
  return { tally, compare };
}

function withSearchWords(win: ExportedWin): Win {
  return { ...win, searchWords: winSearchWords(win) };
}

/** What importing the file would do, without doing it. */
export function previewImport(file: ExportFile): Promise<ImportPreview> {
  return db.transaction('r', [...exportTables.map(tableFor), db.settings], async () => {
    // The first and last day in one pass: sorting 100,000 days (in id order, so shuffled) to read two took 60–80 ms.
    let kept = 0;
    let firstDay: string | null = null;
    let lastDay: string | null = null;
    for (const { day, deletedAt } of file.data.wins) {
      if (deletedAt !== null) continue;
      kept += 1;
      if (firstDay === null || day < firstDay) firstDay = day;
      if (lastDay === null || day > lastDay) lastDay = day;
    }
    let changes = (await newerSettings(file.data.settings)).length;
    const wins = winTally();
    for (const name of exportTables) {
      const result = name === 'wins' ? await newerThanStored(name, file.data.wins, wins.compare) : await newerThanStored<Row>(name, file.data[name]);
      changes += result.fresh.length + result.replacing.length;
    }
    return { wins: kept, firstDay, lastDay, ...wins.tally, changes };
  });
}

function jarMember(row: { id: string; deletedAt: number | null; inJar?: 0 | 1 }): boolean {
  return row.deletedAt === null && row.inJar !== 0;
}

/**
 * Merges a checked file by id: a row is added when new, replaces the stored one when its
 * updatedAt is newer, and is left alone otherwise, so the same file twice adds nothing.
 * One transaction: if any write goes wrong, the database stays exactly as it was. Writes go
 * a chunk at a time, so the page keeps painting and the progress bar moves.
 */
export async function applyImport(file: ExportFile, onProgress?: (fraction: number) => void): Promise<number> {
  const tables = [...exportTables.map(tableFor), ...bagTables, db.settings];
  return db.transaction('rw', tables, async () => {
    const total = Math.max(1, exportTables.reduce((sum, name) => sum + file.data[name].length, 0));
    const hadNoWins = (await db.wins.limit(1).primaryKeys()).length === 0;
    let done = 0;
    let written = 0;
    const joinJar = new Set<string>();
    const leaveJar = new Set<string>();
    // The search words of 100,000 wins go into the search pages once, not chunk by chunk.
    const trans = (Dexie.currentTransaction as unknown as { idbtrans: DBCoreTransaction }).idbtrans;
    // Filled once the file's wins are sorted, before any is written (see below).
    const newWins = new Set<string>();
    holdSearchWords(trans, newWins);
    for (const name of exportTables) {
      const { fresh, replacing } = await newerThanStored<Row>(name, file.data[name]);
      const table = tableFor(name);
      // Rows already here as they are count as done straight away.
      done += file.data[name].length - fresh.length - replacing.length;
      // Every row goes in with a put: in Chromium a put of a row that is not there yet costs
      // IndexedDB less than an add, which first looks for it (IndexedDB alone, 100,000 wins: about
      // 0.4 s less; within the noise of a whole import, 7.6–8.3 s either way).
      // Rows checked to be new are named to the search pages, which then read nothing first.
      if (name === 'wins') for (const row of fresh) newWins.add(row.id);
      const rows = [...fresh, ...replacing];
      // IndexedDB's own work on each row outlasts making it ready here, so a few chunks wait
      // their turn in the transaction rather than one: storage is never left waiting for the
      // page to find the next chunk's search words and hand it over.
      const writing: Promise<unknown>[] = [];
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        const ready = name === 'wins' ? (chunk as ExportedWin[]).map(withSearchWords) : chunk;
        if (writing.length >= CHUNKS_IN_FLIGHT) await writing.shift();
        const chunkWrite = table.bulkPut(ready);
        // Awaited in turn below; a failure there aborts the whole transaction, and the chunks
        // still waiting then fail too, which is expected rather than unhandled.
        chunkWrite.catch(() => undefined);
        writing.push(chunkWrite);
        if (name === 'wins' || name === 'slips') {
          for (const row of chunk as unknown as { id: string; deletedAt: number | null; inJar?: 0 | 1 }[]) {
            (jarMember(row) ? joinJar : leaveJar).add(row.id);
          }
        }
        written += chunk.length;
        done += chunk.length;
        // The last tenth is the search pages and the jar, written after every row.
        onProgress?.((0.9 * done) / total);
      }
      await Promise.all(writing);
    }
    // Different tables: while storage writes one's rows, the page lays out the other's.
    await Promise.all([
      writeHeldSearchWords(db.core, trans),
      joinJar.size + leaveJar.size > 0 ? rebuildBag(joinJar, leaveJar, file.data.jar) : undefined,
    ]);
    // Stamped with when they were changed in the file, so importing it again changes nothing.
    const settings = await newerSettings(file.data.settings);
    for (const { key, value, at } of settings) await writeSetting(key, value, at);
    // Only on a device that held no wins before: wins of its own are in no backup yet.
    if (hadNoWins) await countFileAsBackup(file.exportedAt);
    onProgress?.(1);
    return written + settings.length;
  });
}

/**
 * After a bulk import, lays the jar out afresh with dense positions, keeping where its round
 * stood: what had come out stays out until the round ends, and what joins waits to come out.
 * A jar that was empty here takes the file's round, so a backup brought to a new phone carries
 * on where the old one was. Only the jar's pages are read, never the wins themselves.
 */
async function rebuildBag(join: ReadonlySet<string>, leave: ReadonlySet<string>, fileJar: ExportedJar): Promise<void> {
  const [before, bag] = await Promise.all([jarMembers(), readBag()]);
  const fresh = before.length === 0;
  const drawn = new Set(fresh ? fileJar.drawn : before.slice(bag.undrawn));
  const members = new Set(before.filter((id) => !leave.has(id)));
  for (const id of join) members.add(id);
  const waiting = [...members].filter((id) => !drawn.has(id));
  const out = [...members].filter((id) => drawn.has(id));
  const lastDrawnId = fresh ? fileJar.lastDrawnId : bag.lastDrawnId;
  await Promise.all([db.jarPages.clear(), db.jarWhere.clear()]);
  const { pages, where } = jarLayoutFor([...waiting, ...out]);
  for (let start = 0; start < pages.length; start += CHUNK) await db.jarPages.bulkAdd(pages.slice(start, start + CHUNK));
  await db.jarWhere.bulkAdd(where);
  // With nothing left waiting, the round is over: the next pull starts the next one.
  await db.meta.put({
    key: 'jar',
    size: members.size,
    undrawn: waiting.length,
    lastDrawnId: lastDrawnId !== null && members.has(lastDrawnId) ? lastDrawnId : null,
  });
}

/**
 * The file's settings to take: each one changed there later than here, and to another value
 * than this device has now. A setting never changed in the file is never taken.
 */
async function newerSettings(settings: ExportedSettings) {
  const [here, rows] = await Promise.all([readSettings(), db.settings.bulkGet([...travellingSettings])]);
  return travellingSettings.flatMap((key, index) => {
    const at = settings.changedAt[key];
    const stored = rows[index];
    if (at === null || (stored && stored.updatedAt >= at) || here[key] === settings[key]) return [];
    return [{ key, value: settings[key], at }];
  });
}

/** Removes everything on this device: every win, list, setting and draft. */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

export interface BackupStatus {
  lastBackupAt: number | null;
  /** Days since the last backup; with none yet, since the win on the oldest day was written. */
  daysSince: number | null;
  /** Wins written since the last backup (or ever, with none yet), counted up to NUDGE_AFTER_NEW_WINS. */
  newWinsSince: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Calendar days from one moment to another, as people count them: a backup at 23:00 was
 * "yesterday" by breakfast, though not yet a day old. Rounded, so a day with a clock change
 * in it still counts as one.
 */
function calendarDaysBetween(from: number, to: number): number {
  const midnight = (moment: number) => dateOfDay(dayOf(new Date(moment), 0)).getTime();
  return Math.round((midnight(to) - midnight(from)) / DAY_MS);
}
const live = (win: Win) => win.deletedAt === null;

/**
 * The backup reminder's reading. New wins are found through [day+createdAt] (there is no index
 * on createdAt or updatedAt alone: every imported row would pay for it). A win counts for the day
 * it was written on or, in the small hours before the person's day starts (at most noon), the day
 * before. So every win written before the backup lies on or before the backup's calendar day, and
 * every win written after it on or after the day before that: only those two days need a look at
 * when each win was written. A win backfilled since to an earlier day is not counted (30 days
 * still bring the nudge).
 */
export function readBackupStatus(now = Date.now()): Promise<BackupStatus> {
  return db.transaction('r', [db.wins, db.settings], async () => {
    const { lastBackupAt } = await readSettings();
    if (lastBackupAt === null) {
      // Counted from the first win written, which need not be the one on the earliest day (a
      // day filled in afterwards). Past the count that nudges anyway, which win came first no
      // longer matters, so no more than that many are read.
      const first = await db.wins.filter(live).limit(NUDGE_AFTER_NEW_WINS).toArray();
      const firstWrittenAt = first.length > 0 ? Math.min(...first.map((win) => win.createdAt)) : null;
      const daysSince = firstWrittenAt === null ? null : calendarDaysBetween(firstWrittenAt, now);
      return { lastBackupAt, daysSince, newWinsSince: first.length };
    }
    const backupDay = dayOf(new Date(lastBackupAt), 0);
    const newWinsSince = await db.wins
      .where('[day+createdAt]')
      .between([dayBefore(backupDay), Dexie.minKey], [Dexie.maxKey])
      .filter((win) => live(win) && (win.day > backupDay || win.createdAt > lastBackupAt))
      .limit(NUDGE_AFTER_NEW_WINS)
      .count();
    return { lastBackupAt, daysSince: calendarDaysBetween(lastBackupAt, now), newWinsSince };
  });
}

/**
 * A file brought into a device with no wins yet is a backup of everything now on it, kept
 * somewhere else: the reminder counts from when it was made, rather than nudging at once on a
 * new phone. Only ever later, and never from a date still to come.
 */
async function countFileAsBackup(exportedAt: string, now = Date.now()): Promise<void> {
  const madeAt = Date.parse(exportedAt);
  const { lastBackupAt } = await readSettings();
  if (Number.isFinite(madeAt) && madeAt <= now && (lastBackupAt === null || madeAt > lastBackupAt)) await markBackedUp(madeAt);
}

export async function markBackedUp(now = Date.now()): Promise<void> {
  await writeSetting('lastBackupAt', now);
}
