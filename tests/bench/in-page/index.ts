// The benchmark's hands inside the app's page, built from the app's own modules by
// tests/bench/build.mjs (buildInPage) into one script that the harness evaluates into the page
// once the app has started; the build names the global it lands on (config.mjs, inPageGlobal).
// The harness cannot import the app's TypeScript into a page; this bundle can, so seeding, pulls,
// searches, exports and imports run the app's code instead of a copy that could drift from it.
export { checkBag, openDatabase, timeOffsetPick, timePull } from './jar-pull';
export {
  addOtherRows,
  deleteAll,
  fingerprint,
  jarAfterImport,
  timeExport,
  timeJournalExport,
  timeImport,
  watchLongTasks,
} from './data';
export {
  expectSearches,
  oldestText,
  releaseNaive,
  searchIds,
  timeIndexHits,
  timeNaiveSearch,
  timeTimelinePage,
} from './look-back';
export { timeBareExport, timeBareImport } from './bare-data';
export { missingNames, prepareManyWordsBackups } from './many-words';
export { writeHistory } from './seed-history';
