// The Your data rows' yardstick: the least any export or import of these wins must do, with
// IndexedDB alone and none of the app. It shows how much of the app's time is the storage's own
// per-row cost (which no code above it can remove) and how much is the app's checks, its search
// index and its jar. It freezes the page while it works, as the app must not.
import { db } from '@/db/database';
import type { BackupKind } from './data';
import { keptBackup } from './data';

export interface BareTiming {
  ms: number;
  rows: number;
}

const BARE_DATABASE = 'small-wins-bench-bare';

const requestDone = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('an IndexedDB request went wrong'));
  });

const transactionDone = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('an IndexedDB transaction went wrong'));
    transaction.onabort = () => reject(transaction.error ?? new Error('an IndexedDB transaction was aborted'));
  });

/** A new, empty database whose wins store has the app's key and indexes, as Dexie made them. */
async function bareWinsStore(): Promise<IDBDatabase> {
  await requestDone(indexedDB.deleteDatabase(BARE_DATABASE));
  const opening = indexedDB.open(BARE_DATABASE, 1);
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore('wins', { keyPath: 'id' });
    for (const index of db.wins.schema.indexes) {
      store.createIndex(index.name, index.keyPath ?? index.name, { multiEntry: index.multi === true, unique: index.unique === true });
    }
  };
  return requestDone(opening);
}

/**
 * The plain backup's text parsed with JSON.parse and its wins put, all at once in one
 * transaction, to a store with the app's indexes: no checks, no search words, no jar, no
 * progress, and no other table.
 */
export async function timeBareImport(kind: BackupKind): Promise<BareTiming> {
  const blob = keptBackup(kind, false);
  const database = await bareWinsStore();
  try {
    const started = performance.now();
    const file = JSON.parse(await blob.text()) as { data: { wins: object[] } };
    const transaction = database.transaction('wins', 'readwrite');
    const store = transaction.objectStore('wins');
    // A put, as the app's import makes: into an empty store it is the cheaper of the two in Chromium.
    for (const win of file.data.wins) store.put(win);
    await transactionDone(transaction);
    return { ms: performance.now() - started, rows: file.data.wins.length };
  } finally {
    database.close();
    await requestDone(indexedDB.deleteDatabase(BARE_DATABASE));
  }
}

/** Every win the app holds read with one getAll, written out with JSON.stringify, into a Blob. */
export async function timeBareExport(): Promise<BareTiming & { bytes: number }> {
  const database = db.backendDB();
  const started = performance.now();
  const wins = await requestDone(database.transaction('wins', 'readonly').objectStore('wins').getAll());
  const blob = new Blob([JSON.stringify({ data: { wins } })], { type: 'application/json' });
  return { ms: performance.now() - started, rows: wins.length, bytes: blob.size };
}
