// Years of history written straight into IndexedDB. Going through the app's repositories would
// take minutes for 100,000 wins and would wake every live query on the page once per win; raw
// writes keep the seeding out of what the app is doing. The rows themselves come from the app's
// own code (buildWin, dayOf), so they have exactly the stored shape of a Win whatever fields it
// gains, the jar's bag is laid out exactly as schema version 3's upgrade lays it out (in id
// order), and the search pages are what the app's own pagesAfterAdding makes of the wins' words.
import { DATABASE_NAME } from '@/db/database';
import { buildWin } from '@/db/repo/wins';
import { latestSchemaVersion } from '@/db/schema';
import { DEFAULT_DAY_STARTS_AT_HOUR, dayOf } from '@/domain/day';
import type { JarStateRow } from '@/db/database';
import { jarLayoutFor, type JarPageRow } from '@/db/jar-pages';
import { pagesAfterAdding, wordsToAdd } from '@/db/search-pages';
import type { Win } from '@/domain/win';
import { HistoryTexts } from './history-text';

export interface HistoryOptions {
  count: number;
  /** Wins a day on average; each day holds anywhere from none to twice this. */
  meanPerDay: number;
  /** Rows per transaction: big enough to be quick, small enough not to hold one huge commit. */
  chunk: number;
  /** Fixes the texts and the day sizes, so every run writes the same history. */
  seed: number;
}

export interface WrittenHistory {
  wins: number;
  jar: number;
  undrawn: number;
  schemaVersion: number;
  /** The oldest day written, `yyyy-MM-dd`. */
  firstDay: string;
  /** Texts that needed a counter to be unique (see HistoryTexts); should be 0. */
  numberedTexts: number;
}

function done(request: IDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`${DATABASE_NAME}: ${String(request.error)}`));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(new Error(`writing history aborted: ${String(transaction.error)}`));
  });
}

function openExisting(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    // No database yet means the app has not opened it; one created here would have no schema.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`opening ${DATABASE_NAME} failed: ${String(request.error)}`));
  });
}

/**
 * Yields the wins' inputs newest first: day after day going back from yesterday in the app's
 * own days (a new day starts at 4 am), so today stays empty and the Today list only ever shows
 * what a benchmark adds. Each day holds 0 to 2 × meanPerDay wins, spread from 7 am to 10 pm,
 * newest last in the day as they were written. Varied days, some empty, are what a real
 * history has, and they keep 100,000 wins after 2000, the earliest date an import accepts.
 */
function* historyInputs(count: number, meanPerDay: number, texts: HistoryTexts): Generator<Win> {
  const today = new Date(`${dayOf(new Date(), DEFAULT_DAY_STARTS_AT_HOUR)}T00:00:00`);
  let made = 0;
  for (let back = 1; made < count; back += 1) {
    const size = Math.min(Math.floor(texts.random() * (2 * meanPerDay + 1)), count - made);
    const date = new Date(today);
    date.setDate(today.getDate() - back);
    const day = dayOf(new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12), DEFAULT_DAY_STARTS_AT_HOUR);
    // Newest first, so the day's last-written win comes first.
    for (let slot = size - 1; slot >= 0; slot -= 1) {
      const moment = new Date(date);
      // At least 37 minutes apart, so no two wins in a day share a moment and the order is total.
      moment.setHours(7, Math.floor((slot * 15 * 60) / Math.max(size, 1)), made % 60);
      const words = texts.next();
      yield buildWin({ ...words, day }, moment.getTime());
      made += 1;
    }
  }
}

/** Writes the history. Every win is kept (not deleted), so every one is in the jar. */
export async function writeHistory({ count, meanPerDay, chunk, seed }: HistoryOptions): Promise<WrittenHistory> {
  const database = await openExisting();
  try {
    // Dexie opens version n as native version 10n. Anything else is a page built from other
    // sources than these rows (a stale dist/), and its rows would not be this Win.
    if (database.version !== latestSchemaVersion * 10) {
      throw new Error(
        `${DATABASE_NAME} is at native version ${database.version}, but these rows are for schema ` +
          `version ${latestSchemaVersion}; rebuild the app`,
      );
    }
    for (const store of ['wins', 'jarPages', 'jarWhere', 'meta', 'searchPages']) {
      if (!database.objectStoreNames.contains(store)) throw new Error(`${DATABASE_NAME} has no ${store} store`);
    }
    const existing = await done(database.transaction('wins').objectStore('wins').count());
    if (existing !== 0) {
      throw new Error(`${DATABASE_NAME} already holds ${String(existing)} wins; seeding needs a fresh one`);
    }

    const ids = Array.from({ length: count }, () => crypto.randomUUID());
    const texts = new HistoryTexts(seed);
    const inputs = historyInputs(count, meanPerDay, texts);
    let firstDay = '';
    const searchWords = new Map<string, string[]>();

    for (let start = 0; start < count; start += chunk) {
      const end = Math.min(start + chunk, count);
      const transaction = database.transaction(['wins'], 'readwrite', { durability: 'relaxed' });
      const written = committed(transaction);
      const wins = transaction.objectStore('wins');
      const chunkWins: Win[] = [];
      for (const id of ids.slice(start, end)) {
        const next = inputs.next();
        if (next.done) throw new Error(`the history ran out of wins before ${count}`);
        const win: Win = { ...next.value, id };
        firstDay = win.day;
        wins.add(win);
        chunkWins.push(win);
      }
      for (const [word, winIds] of wordsToAdd(chunkWins)) {
        const held = searchWords.get(word);
        if (held) held.push(...winIds);
        else searchWords.set(word, winIds);
      }
      await written;
    }

    // Then the bag (version 3's upgrade numbers it by walking the wins in key order, so each
    // win's place is its id's rank), its state and the search pages, together.
    const finishing = database.transaction(['jarPages', 'jarWhere', 'meta', 'searchPages'], 'readwrite', { durability: 'relaxed' });
    const finished = committed(finishing);
    const layout = jarLayoutFor([...ids].sort());
    for (const page of layout.pages) finishing.objectStore('jarPages').add(page);
    for (const bucket of layout.where) finishing.objectStore('jarWhere').add(bucket);
    for (const page of pagesAfterAdding(searchWords, new Map())) finishing.objectStore('searchPages').add(page);
    const state: JarStateRow = { key: 'jar', size: count, undrawn: count, lastDrawnId: null };
    finishing.objectStore('meta').put(state);
    await finished;

    const reading = database.transaction(['wins', 'jarPages', 'meta']);
    const [wins, pages, stored] = await Promise.all([
      done(reading.objectStore('wins').count()),
      done(reading.objectStore('jarPages').getAll()),
      done(reading.objectStore('meta').get('jar')),
    ]);
    const jar = (pages as JarPageRow[]).reduce((sum, page) => sum + page.ids.length, 0);
    return {
      wins: Number(wins),
      jar,
      undrawn: (stored as JarStateRow | undefined)?.undrawn ?? -1,
      schemaVersion: latestSchemaVersion,
      firstDay,
      numberedTexts: texts.numbered,
    };
  } finally {
    database.close();
  }
}
