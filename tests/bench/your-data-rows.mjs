// The Your data rows and their notes, from what your-data.mjs measured.
import { settings } from './config.mjs';
import { formatLongTask, formatMaxTarget, formatMs, formatRatio } from './table.mjs';

/** @typedef {import('./table.mjs').Row} Row */
/** @typedef {import('./your-data.mjs').DataSeries} DataSeries */
/** @typedef {import('./in-page/data.ts').TimedOperation} TimedOperation */

const GROUP = 'Your data¶';

/** @param {TimedOperation} operation */
const phasesOf = (operation) =>
  operation.phases
    .map((phase) => `${phase.name} ${Math.round(phase.ms)} ms${phase.longestTaskMs > 0 ? ` (task ${Math.round(phase.longestTaskMs)})` : ''}`)
    .join(', ');

/**
 * @param {DataSeries | null} series
 * @returns {{ rows: Row[], notes: string[], dataLost: boolean }}
 */
export function yourDataRows(series) {
  const label = `${settings.dataWins.toLocaleString('en')} wins`;
  /** @type {Row[]} */
  const rows = [];
  /** @type {string[]} */
  const notes = [];
  // The plain rows beside IndexedDB alone doing the least the same job needs (bare-data.ts).
  const operations = /** @type {const} */ ([
    ['export, plain', 'exportPlain', settings.exportTargetMs, 'bareExport'],
    ['export, sealed', 'exportSealed', settings.exportTargetMs, null],
    ['export, Markdown journal', 'exportMarkdown', settings.exportTargetMs, null],
    ['export, CSV', 'exportCsv', settings.exportTargetMs, null],
    ['import, plain', 'importPlain', settings.importTargetMs, 'bareImport'],
    ['import, sealed', 'importSealed', settings.importTargetMs, null],
    ['import, plain, a name on every win', 'importPlainManyWords', settings.importTargetMs, 'bareImportManyWords'],
    ['import, sealed, a name on every win', 'importSealedManyWords', settings.importTargetMs, null],
  ]);
  for (const [name, key, maxMs, bareKey] of operations) {
    const operation = series?.[key] ?? null;
    const bare = bareKey === null ? null : (series?.[bareKey] ?? null);
    const missing = series === null ? 'not run' : series.failure ? 'failed (see notes)' : 'n/a';
    rows.push({
      group: GROUP,
      metric: `${name}: total, ${label}`,
      app: operation ? formatMs(operation.ms) : missing,
      yardstick: bare ? formatMs(bare.ms) : 'n/a',
      ratio: formatRatio(operation?.ms, bare?.ms),
      target: formatMaxTarget(operation?.ms, maxMs),
    });
    rows.push({
      group: GROUP,
      metric: `${name}: longest main-thread task`,
      app: operation ? `${formatLongTask(operation.longestTaskMs)} (${operation.longTasks} over 50 ms)` : missing,
      yardstick: 'n/a',
      ratio: '',
      target: formatMaxTarget(operation?.longestTaskMs, settings.longTaskTargetMs),
    });
    if (operation) {
      const size = `${(operation.bytes / 1024 / 1024).toFixed(1)} MB file`;
      notes.push(`¶ ${name}: ${phasesOf(operation)}; ${size}.`);
    }
  }

  const trip = series?.roundTrip ?? null;
  const matched = trip !== null && trip.plainMatches && trip.sealedMatches && trip.problems.length === 0;
  rows.push({
    group: GROUP,
    metric: 'round trip: delete everything, import',
    app: trip === null ? 'n/a (not reached)' : matched ? 'hashes match' : 'HASHES DIFFER',
    yardstick: 'n/a',
    ratio: '',
    target: trip === null ? 'must match' : matched ? 'must match ok' : 'must match FAILED',
  });
  if (trip) {
    const counts = Object.entries(trip.before.rows)
      .map(([table, count]) => `${table} ${count.toLocaleString('en')}`)
      .join(', ');
    if (matched) {
      notes.push(
        `¶ round trip: hashes match (sha256 ${trip.before.sha256.slice(0, 16)}…) after the plain and after the sealed import; ${counts}.`,
      );
    } else {
      notes.push(
        `¶ ROUND TRIP FAILED: before ${trip.before.sha256.slice(0, 16)}…, after plain ${trip.afterPlain.sha256.slice(0, 16)}… ` +
          `(${JSON.stringify(trip.afterPlain.rows)}), after sealed ${trip.afterSealed.sha256.slice(0, 16)}… ` +
          `(${JSON.stringify(trip.afterSealed.rows)}); ${trip.problems.join('; ') || 'no other problem seen'}.`,
      );
    }
  }
  const manyWords = series?.manyWords ?? null;
  rows.push({
    group: GROUP,
    metric: 'a name on every win: each name searched finds its win',
    app: manyWords === null ? 'n/a (not reached)' : manyWords.problems.length === 0 ? `${manyWords.searched} of ${manyWords.searched}, twice` : 'NOT FOUND',
    yardstick: 'n/a',
    ratio: '',
    target: manyWords === null ? 'must find' : manyWords.problems.length === 0 ? 'must find ok' : 'must find FAILED',
  });
  if (manyWords) {
    notes.push(
      `¶ a name on every win: the history exported again after the round trip, each win given a made-up name of its own ` +
        `as a tag (five syllables, none the start of another), as a journal's people and places give it words no other win has: ` +
        `${manyWords.wins.toLocaleString('en')} wins, ${manyWords.distinctWords.toLocaleString('en')} distinct search words ` +
        `(the history alone has about 450). Imported plain and sealed into an emptied database like the others; after each, ` +
        `${manyWords.searched} names spread over the file are searched with the app's searchWins and must find exactly their win` +
        `${manyWords.problems.length > 0 ? `. PROBLEMS: ${manyWords.problems.join('; ')}` : ''}.`,
    );
  }
  notes.push(
    "¶ Yardstick (plain rows only, same page and run): IndexedDB alone, none of the app. Export: one getAll of every win " +
      'as stored, JSON.stringify, a Blob. Import: JSON.parse of the same plain backup and each of its wins put, in one ' +
      "loop and one transaction, to a new database whose wins store has the app's key and indexes; no checks, no search " +
      'index, no jar, no other table, no progress, and the page frozen throughout. The ratio is the app over it: what the ' +
      "app's checks, preview, search pages, jar and worker cost on top of the storage's own per-row work.",
  );
  if (series?.failure) notes.push(`¶ Your data stopped at ${series.failure}`);
  notes.unshift(
    `¶ Your data: in the ${label} context after its other rows (so ${series ? series.storedWins.toLocaleString('en') : '?'} wins, ` +
      "with the Today save rows' own), at /backup; Pixel 7 viewport, NO CPU throttling, service workers blocked. " +
      "Before anything is timed, the app's own functions add a few slips, values, prompts, affirmations, " +
      'quick picks, a goal with steps and a weekly rhythm, so every exported table has rows. ' +
      "Export: the app's prepareFile in its own built backup worker, as the Backup screen saves a file (collectExport, 5,000 wins per read, then backupBlob: " +
      'exportJsonParts made into a Blob; sealed: those bytes through sealBackupParts, 600,000 PBKDF2 rounds, AES-GCM, base64 a megabyte at a time; ' +
      'Markdown and CSV: exportMarkdown or exportCsv, into a Blob), the Blob handed to the page. Import, into a database emptied by the app\'s deleteEverything: ' +
      "checkPickedBackup in the same built worker, as the import panel checks a chosen file (the Blob's text, openBackup " +
      'when sealed, readImport, previewImport, the checked file kept in the worker), then the preview\'s bringIn (applyImport in that worker). Timed in the page; long tasks from a PerformanceObserver ' +
      "('longtask', main-thread tasks over 50 ms) started before the first export, each taken if it overlaps the step. " +
      'Round trip: SHA-256 over every row of every exported table as stored (wins with their search words), sorted ' +
      'by id with keys sorted, plus the exported settings, before the export and after each import; the jar must ' +
      'also hold exactly the kept wins and slips again, with as many still to come out this round as before.',
  );
  const lostWords = manyWords !== null && manyWords.problems.length > 0;
  return { rows, notes, dataLost: (trip !== null && !matched) || lostWords };
}
