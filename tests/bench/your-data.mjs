// Your data with years of history: saving a backup (plain, and sealed with a passphrase) and
// bringing one into an emptied database, each timed in the page with the app's own functions,
// with the longest main-thread task during it; and a hash of everything exported, before the
// export and after "Delete everything" and the import, to prove the round trip loses nothing.
// Then the same history with a name of its own on every win, imported plain and sealed: an
// import's cost follows the distinct words it indexes, and the seeded texts share few.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { appDistDir } from './config.mjs';
import { callBench, installBenchApi } from './seed-history.mjs';
import { firstLine, pause } from './util.mjs';

/** @typedef {import('./history-context.mjs').HistoryContext} HistoryContext */
/** @typedef {import('./in-page/data.ts').TimedOperation} TimedOperation */
/** @typedef {import('./in-page/data.ts').TimedImport} TimedImport */
/** @typedef {import('./in-page/data.ts').Fingerprint} Fingerprint */
/** @typedef {import('./in-page/data.ts').BackupKind} BackupKind */
/** @typedef {import('./in-page/bare-data.ts').BareTiming} BareTiming */

/**
 * @typedef {object} RoundTrip
 * @property {Fingerprint} before
 * @property {Fingerprint} afterPlain
 * @property {Fingerprint} afterSealed
 * @property {boolean} plainMatches
 * @property {boolean} sealedMatches
 * @property {string[]} problems anything else the round trip got wrong (the jar, leftovers)
 */

/**
 * @typedef {object} DataSeries
 * @property {number} storedWins wins in the database when the export starts
 * @property {TimedOperation | null} exportPlain
 * @property {TimedOperation | null} exportSealed
 * @property {TimedOperation | null} exportMarkdown
 * @property {TimedOperation | null} exportCsv
 * @property {TimedImport | null} importPlain
 * @property {TimedImport | null} importSealed
 * @property {TimedImport | null} importPlainManyWords the history with a name of its own on every win
 * @property {TimedImport | null} importSealedManyWords
 * @property {ManyWords | null} manyWords
 * @property {BareTiming | null} bareExport the yardstick: one getAll of the wins, JSON.stringify, a Blob
 * @property {BareTiming | null} bareImport the yardstick: JSON.parse of the plain backup, its wins put into a bare store
 * @property {BareTiming | null} bareImportManyWords the same for the backup with a name on every win
 * @property {RoundTrip | null} roundTrip
 * @property {string | null} failure
 */

/**
 * @typedef {object} ManyWords
 * @property {number} wins
 * @property {number} distinctWords search words in the file, across every win
 * @property {number} searched names searched for after each import
 * @property {string[]} problems names not found as they should be, and anything else amiss
 */

/**
 * @typedef {object} DataOptions
 * @property {(message: string) => void} log
 */

// Sealing derives its key with the app's default, 600,000 PBKDF2 rounds; the passphrase is any.
const PASSPHRASE = 'correct horse battery staple, 🐎';
const STEP_TIMEOUT_MS = 30_000;
const CALL_TIMEOUT_MS = 180_000;
// Names searched for after each many-words import, spread over the file.
const NAMES_SEARCHED = 20;

/**
 * The app's built backup worker, which the export and import run in as the Backup screen's do.
 * @param {string} appUrl
 */
async function backupWorkerUrl(appUrl) {
  const names = (await readdir(join(appDistDir, 'assets'))).filter((name) => /^backup\.worker-.*\.js$/.test(name));
  if (names.length !== 1) throw new Error(`expected one backup worker in dist/assets, found ${names.length}`);
  return new URL(`assets/${names[0]}`, appUrl).href;
}

/**
 * At /backup, where someone saving or bringing in a backup would be, so the screen's own live
 * queries wake on the import's writes as they would. The database is emptied and refilled twice,
 * so this is the last thing any row does with its history.
 * @param {HistoryContext} history
 * @param {DataOptions} options
 * @returns {Promise<DataSeries>}
 */
export async function measureYourData(history, options) {
  const { page } = history;
  /** @type {DataSeries} */
  const series = {
    storedWins: 0,
    exportPlain: null,
    exportSealed: null,
    exportMarkdown: null,
    exportCsv: null,
    importPlain: null,
    importSealed: null,
    importPlainManyWords: null,
    importSealedManyWords: null,
    manyWords: null,
    bareExport: null,
    bareImport: null,
    bareImportManyWords: null,
    roundTrip: null,
    failure: null,
  };
  /**
   * @template {keyof import('./seed-history.mjs').BenchApi} M
   * @param {M} method
   * @param {...unknown} args
   */
  const call = (method, ...args) => callBench(page, method, args, CALL_TIMEOUT_MS);
  let step = 'starting';
  try {
    await page.goto(new URL('backup', history.url).href, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    await page.getByRole('heading', { name: 'Save a copy' }).waitFor({ timeout: STEP_TIMEOUT_MS });
    await pause(500);
    await installBenchApi(page);
    await call('openDatabase');
    const workerUrl = await backupWorkerUrl(history.url);
    step = 'adding rows to the other tables';
    await call('addOtherRows');
    const bag = await call('checkBag');
    series.storedWins = bag.wins;
    step = 'fingerprint before';
    const before = await call('fingerprint');
    // Before the first timed step, so every long task in any of them is seen.
    await call('watchLongTasks');
    await pause(300);

    step = 'plain export';
    series.exportPlain = await call('timeExport', false, PASSPHRASE, workerUrl);
    step = 'sealed export';
    series.exportSealed = await call('timeExport', true, PASSPHRASE, workerUrl);
    step = 'Markdown export';
    series.exportMarkdown = await call('timeJournalExport', 'markdown', workerUrl);
    step = 'CSV export';
    series.exportCsv = await call('timeJournalExport', 'csv', workerUrl);
    // The yardsticks, in the same page and run: IndexedDB alone, with none of the app's work.
    step = 'bare export and import';
    series.bareExport = await call('timeBareExport');
    series.bareImport = await call('timeBareImport', 'history');
    const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    options.log(
      `  exports: plain ${Math.round(series.exportPlain.ms)} ms (${mb(series.exportPlain.bytes)}), ` +
        `sealed ${Math.round(series.exportSealed.ms)} ms (${mb(series.exportSealed.bytes)})`,
    );

    /** @type {string[]} */
    const problems = [];
    /**
     * @param {boolean} sealed
     * @param {BackupKind} backup
     * @param {string[]} problemsFound where what went wrong is noted
     */
    const emptyThenImport = async (sealed, backup, problemsFound) => {
      const kind = `${sealed ? 'sealed' : 'plain'}${backup === 'history' ? '' : `, ${backup}`}`;
      step = `delete everything before the ${kind} import`;
      const deleted = await call('deleteAll');
      if (deleted.left !== 0) problemsFound.push(`Delete everything left ${deleted.left} rows before the ${kind} import`);
      await pause(300);
      step = `${kind} import`;
      const imported = await call('timeImport', sealed, PASSPHRASE, workerUrl, backup);
      step = `the jar after the ${kind} import`;
      const jar = await call('jarAfterImport');
      // Into an emptied database, the backup's round carries on: as many still to come out as before.
      if (jar.size !== jar.expected || jar.jarRows !== jar.expected || jar.undrawn !== bag.undrawn) {
        problemsFound.push(`after the ${kind} import the jar holds ${JSON.stringify(jar)}, where ${bag.undrawn} were still to come out before`);
      }
      options.log(`  ${kind} import: ${Math.round(imported.ms)} ms, ${imported.written.toLocaleString('en')} rows written`);
      return imported;
    };
    const roundTrip = async (/** @type {boolean} */ sealed) => {
      const imported = await emptyThenImport(sealed, 'history', problems);
      step = `fingerprint after the ${sealed ? 'sealed' : 'plain'} import`;
      return { imported, after: await call('fingerprint') };
    };
    const plain = await roundTrip(false);
    series.importPlain = plain.imported;
    const sealed = await roundTrip(true);
    series.importSealed = sealed.imported;
    series.roundTrip = {
      before,
      afterPlain: plain.after,
      afterSealed: sealed.after,
      plainMatches: plain.after.sha256 === before.sha256,
      sealedMatches: sealed.after.sha256 === before.sha256,
      problems,
    };

    // Last, as it leaves the database holding the history with the names added.
    step = 'many-words backups';
    const prepared = await call('prepareManyWordsBackups', PASSPHRASE);
    options.log(`  many-words backups: ${prepared.wins.toLocaleString('en')} wins, ${prepared.distinctWords.toLocaleString('en')} distinct words`);
    /** @type {ManyWords} */
    const manyWords = { ...prepared, searched: NAMES_SEARCHED, problems: [] };
    series.manyWords = manyWords;
    step = 'bare many-words import';
    series.bareImportManyWords = await call('timeBareImport', 'many-words');
    for (const sealed of [false, true]) {
      const imported = await emptyThenImport(sealed, 'many-words', manyWords.problems);
      if (sealed) series.importSealedManyWords = imported;
      else series.importPlainManyWords = imported;
      step = `searching names after the ${sealed ? 'sealed' : 'plain'} many-words import`;
      const missing = await call('missingNames', prepared.wins, NAMES_SEARCHED);
      if (missing.length > 0) manyWords.problems.push(`after the ${sealed ? 'sealed' : 'plain'} import, not found as one win each: ${missing.join(', ')}`);
    }
  } catch (error) {
    series.failure = `${step}: ${firstLine(error)}`;
    options.log(`  Your data stopped at ${series.failure}`);
  }
  return series;
}
