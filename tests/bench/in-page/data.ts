// Your data, from inside the page: the app's own export and import, timed phase by phase, with
// the page's long tasks (over 50 ms on the main thread) gathered by a PerformanceObserver started
// before the first one, and a hash of everything exported to prove a round trip loses nothing.
import { db } from '@/db/database';
import { deleteEverything } from '@/db/repo/backup';
import { addGoal, addStep } from '@/db/repo/goals';
import { addSlip } from '@/db/repo/jar';
import { affirmationsRepo } from '@/db/repo/affirmations';
import { promptsRepo } from '@/db/repo/prompts';
import { quickPicksRepo } from '@/db/repo/quick-picks';
import { readSettings, writeSetting } from '@/db/repo/settings';
import { valuesRepo } from '@/db/repo/values';
import { exportTables } from '@/domain/export-format';
import { prepareFile } from '@/features/backup/prepare-files';
import { checkPickedBackup } from '@/features/backup/read-backup';
import { slipsInJar } from './jar-pull';

export interface Phase {
  name: string;
  ms: number;
  /** The longest long task spent mostly in this phase, or 0 when none passed 50 ms. */
  longestTaskMs: number;
}

export interface TimedOperation {
  ms: number;
  phases: Phase[];
  /** The longest long task overlapping the operation, or 0 when none passed 50 ms. */
  longestTaskMs: number;
  longTasks: number;
  bytes: number;
}

export interface TimedImport extends TimedOperation {
  written: number;
  previewWins: number;
  previewChanges: number;
}

const longTasks: { start: number; end: number }[] = [];
let observer: PerformanceObserver | null = null;

/**
 * Starts gathering long tasks. Chromium reports every main-thread task over 50 ms; nothing
 * shorter is seen, which is why "none" reads as "< 50 ms".
 */
export function watchLongTasks(): void {
  if (observer) return;
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    throw new Error('this browser reports no longtask entries');
  }
  observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ type: 'longtask' });
}

const overlap = (task: { start: number; end: number }, from: number, to: number) =>
  Math.max(0, Math.min(task.end, to) - Math.max(task.start, from));

/** The long tasks overlapping [from, to], once the observer has caught up. */
function tasksBetween(from: number, to: number): { start: number; end: number }[] {
  return longTasks.filter((task) => overlap(task, from, to) > 0);
}

// Long task entries arrive after the task, batched; this is long enough for the last to land.
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 300));

class Timer {
  readonly started = performance.now();
  #last = this.started;
  readonly marks: { name: string; from: number; to: number }[] = [];

  mark(name: string): void {
    const now = performance.now();
    this.marks.push({ name, from: this.#last, to: now });
    this.#last = now;
  }

  async finish(bytes: number): Promise<TimedOperation> {
    const ended = this.#last;
    await settle();
    const tasks = tasksBetween(this.started, ended);
    // A task that runs across two steps (one step's last await and the next one's start) counts
    // for the step it spent most of its time in, so no task is reported twice.
    const longest = new Map<string, number>();
    for (const task of tasks) {
      let owner = this.marks[0]?.name ?? '';
      let most = 0;
      for (const { name, from, to } of this.marks) {
        const share = overlap(task, from, to);
        if (share > most) [owner, most] = [name, share];
      }
      longest.set(owner, Math.max(longest.get(owner) ?? 0, task.end - task.start));
    }
    return {
      ms: ended - this.started,
      phases: this.marks.map(({ name, from, to }) => ({ name, ms: to - from, longestTaskMs: longest.get(name) ?? 0 })),
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.end - task.start)),
      longTasks: tasks.length,
      bytes,
    };
  }
}

/** Which backup an import reads: the stored history's own export, or it with a name on every win (many-words.ts). */
export type BackupKind = 'history' | 'many-words';

const exported = new Map<string, Blob>();
const backupKey = (kind: BackupKind, sealed: boolean) => `${kind} ${sealed ? 'sealed' : 'plain'}`;

/** Keeps a backup for timeImport. */
export function keepBackup(kind: BackupKind, sealed: boolean, blob: Blob): void {
  exported.set(backupKey(kind, sealed), blob);
}

/** A backup keepBackup kept; export first. */
export function keptBackup(kind: BackupKind, sealed: boolean): Blob {
  const blob = exported.get(backupKey(kind, sealed));
  if (!blob) throw new Error(`no ${backupKey(kind, sealed)} backup to import; export first`);
  return blob;
}

/** Starts the app's built backup worker from its URL, counting how many were started. */
function workerStarter(workerUrl: string) {
  const started = { count: 0 };
  const start = () => {
    started.count += 1;
    return new Worker(workerUrl, { type: 'module' });
  };
  return { started, start };
}

/**
 * What the Backup screen's "Save a backup" does before handing the file over: prepareFile in the
 * app's own built worker (`workerUrl`): collectExport, then backupBlob (the JSON in pieces, made
 * into a Blob; sealed, those bytes sealed with the default 600,000 PBKDF2 rounds). The file is kept
 * for the import.
 */
export async function timeExport(sealed: boolean, passphrase: string, workerUrl: string): Promise<TimedOperation> {
  const worker = workerStarter(workerUrl);
  const timer = new Timer();
  const { file } = await prepareFile({ kind: 'make', today: benchToday(), file: 'backup', ...(sealed ? { passphrase } : {}) }, worker.start);
  timer.mark(sealed ? 'made and sealed in the worker' : 'made in the worker');
  if (worker.started.count !== 1) throw new Error(`the export started ${worker.started.count} workers, where it should start one`);
  keepBackup('history', sealed, file);
  return timer.finish(file.size);
}

/** The journal exports, as the Backup screen makes them: prepareFile in the app's own built worker, the Markdown or CSV made there. */
export async function timeJournalExport(kind: 'markdown' | 'csv', workerUrl: string): Promise<TimedOperation> {
  const worker = workerStarter(workerUrl);
  const timer = new Timer();
  const { file } = await prepareFile({ kind: 'make', today: benchToday(), file: kind === 'markdown' ? 'journal' : 'spreadsheet' }, worker.start);
  timer.mark('made in the worker');
  return timer.finish(file.size);
}

const benchToday = () => new Date().toISOString().slice(0, 10);

/**
 * What the Backup screen's import does with a chosen file: checkPickedBackup in the app's own built
 * worker (`workerUrl`), with the passphrase when sealed (its text, the seal opened, readImport,
 * previewImport, the checked file kept in the worker), then the preview's bringIn (applyImport in
 * that worker). The backup is the history's own export unless `kind` asks for the one with many
 * words. The database is expected to be empty (deleteAll first), as on a new phone.
 */
export async function timeImport(sealed: boolean, passphrase: string, workerUrl: string, kind: BackupKind = 'history'): Promise<TimedImport> {
  const blob = keptBackup(kind, sealed);
  const worker = workerStarter(workerUrl);
  const timer = new Timer();
  const read = await checkPickedBackup({ file: blob, passphrase: sealed ? passphrase : null }, {}, worker.start);
  timer.mark(sealed ? 'read, open and preview in the worker' : 'read and preview in the worker');
  if (worker.started.count !== 1) throw new Error(`the import started ${worker.started.count} workers, where it should start one`);
  if (read.kind !== 'checked') throw new Error(`checkPickedBackup answered ${JSON.stringify(read)}`);
  const { preview } = read.backup;
  const result = await read.backup.bringIn(() => undefined);
  timer.mark('bringIn in the worker');
  if (!result.ok) throw new Error(`bringIn stopped: ${result.problem}`);
  const timed = await timer.finish(blob.size);
  return { ...timed, written: result.written, previewWins: preview.wins, previewChanges: preview.changes };
}

/** The app's own "Delete everything", then a check that the exported tables are empty. */
export async function deleteAll(): Promise<{ ms: number; left: number }> {
  const started = performance.now();
  await deleteEverything();
  const ms = performance.now() - started;
  const counts = await Promise.all(exportTables.map((name) => db.table(name).count()));
  return { ms, left: counts.reduce((sum, count) => sum + count, 0) };
}

/**
 * A few rows in every other exported table, written by the app's own functions, and a setting
 * off its default, so the round trip checks every table and not only the wins. Right-to-left,
 * emoji and several lines appear here too.
 */
export async function addOtherRows(): Promise<void> {
  await addSlip({ text: 'Sam said I made the day easier 🫶🏽', tags: ['friends'] });
  await addSlip({ text: 'قالت أمي إنها فخورة بي', why: 'Mum was proud' });
  await addSlip({ text: 'The sea at Whitby.\nCold, loud, perfect.' });
  await valuesRepo.add({ text: 'Kindness' });
  await valuesRepo.add({ text: 'Courage — אומץ' });
  await promptsRepo.add({ text: 'What made you smile today? 😊', theme: 'own' });
  await affirmationsRepo.add({ text: 'I am allowed to rest.' });
  await quickPicksRepo.add({ text: 'Drank a glass of water' });
  const goal = await addGoal('Walk to the sea');
  await addStep(goal.id, 'Buy boots');
  await addStep(goal.id, 'Walk to the end of the road\nand back');
  await writeSetting('weeklyRhythm', 4);
}

/** Keys in order at every level, so two equal rows give equal text whatever order they were built in. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
}

export interface Fingerprint {
  sha256: string;
  rows: Record<string, number>;
}

/**
 * SHA-256 over every row of every exported table as stored (wins with their search words, which
 * the import rebuilds), sorted by id with keys sorted, plus the exported settings. Equal before
 * the export and after "Delete everything" and the import means the round trip lost nothing.
 */
export async function fingerprint(): Promise<Fingerprint> {
  const tables = await db.transaction('r', exportTables.map((name) => db.table(name)), async () =>
    Promise.all(exportTables.map((name) => db.table<{ id: string }>(name).toArray())),
  );
  const { dayStartsAtHour, weeklyRhythm } = await readSettings();
  const rows: Record<string, number> = {};
  const parts: string[] = [];
  exportTables.forEach((name, index) => {
    const table = (tables[index] ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    rows[name] = table.length;
    parts.push(JSON.stringify([name, table], sortedKeys));
  });
  parts.push(JSON.stringify({ dayStartsAtHour, weeklyRhythm }, sortedKeys));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
  const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { sha256, rows };
}

/** After an import the jar must hold exactly the kept wins marked for it and the kept slips. */
export async function jarAfterImport(): Promise<{ expected: number; size: number; undrawn: number; jarRows: number }> {
  return db.transaction('r', [db.wins, db.slips, db.jarPages, db.meta], async () => {
    const wins = await db.wins.filter((win) => win.deletedAt === null && win.inJar === 1).count();
    const slips = await db.slips.filter((slip) => slip.deletedAt === null).count();
    const state = await db.meta.get('jar');
    return { expected: wins + slips, size: state?.size ?? -1, undrawn: state?.undrawn ?? -1, jarRows: await slipsInJar() };
  });
}
