// Rows are plain strings by the time they reach the printer, so a new measurement only has to
// produce a row; the formatters below keep units and rounding the same across rows.

/**
 * @typedef {object} Row
 * @property {string} group
 * @property {string} metric
 * @property {string} app
 * @property {string} yardstick
 * @property {string} ratio app divided by yardstick, or '' when there is nothing to divide
 * @property {string} target
 */

/** @type {{ key: keyof Row, title: string, align: 'left' | 'right' }[]} */
const columns = [
  { key: 'group', title: 'Group', align: 'left' },
  { key: 'metric', title: 'Metric', align: 'left' },
  { key: 'app', title: 'App', align: 'right' },
  { key: 'yardstick', title: 'Yardstick', align: 'right' },
  { key: 'ratio', title: 'Ratio', align: 'right' },
  { key: 'target', title: 'Target', align: 'left' },
];

/**
 * @param {Row[]} rows
 * @returns {string}
 */
export function formatTable(rows) {
  const widths = columns.map(({ key, title }) => Math.max(title.length, ...rows.map((row) => row[key].length)));
  /** @param {(column: (typeof columns)[number]) => string} cell */
  const line = (cell) =>
    columns
      .map((column, index) => {
        const width = widths[index] ?? 0;
        return column.align === 'right' ? cell(column).padStart(width) : cell(column).padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const header = line(({ title }) => title);
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [header, rule, ...rows.map((row) => line(({ key }) => row[key]))].join('\n');
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB (${bytes} B)`;
}

/** @param {number} bytes */
export function formatMegabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** @param {import('./stats.mjs').Summary | null} summary */
export function formatTiming(summary) {
  if (!summary) return 'n/a';
  return `${Math.round(summary.median)} ms, p95 ${Math.round(summary.p95)}`;
}

/**
 * @param {number | null | undefined} app
 * @param {number | null | undefined} yardstick
 */
export function formatRatio(app, yardstick) {
  if (app == null || yardstick == null || yardstick === 0) return '';
  return (app / yardstick).toFixed(2);
}

/**
 * @param {number | null | undefined} app
 * @param {number | null | undefined} yardstick
 * @param {number} max
 */
export function formatRatioTarget(app, yardstick, max) {
  if (app == null || yardstick == null || yardstick === 0) return `<= ${max.toFixed(2)}`;
  return `<= ${max.toFixed(2)} ${app / yardstick <= max ? 'ok' : 'MISSED'}`;
}

/**
 * @param {number | null | undefined} p95
 * @param {number} maxMs
 */
export function formatP95Target(p95, maxMs) {
  if (p95 == null) return `p95 <= ${maxMs} ms`;
  return `p95 <= ${maxMs} ms ${p95 <= maxMs ? 'ok' : 'MISSED'}`;
}

/**
 * Timings of a few milliseconds, where the rounding of formatTiming would hide the difference.
 * @param {import('./stats.mjs').Summary | null} summary
 */
export function formatFineTiming(summary) {
  if (!summary) return 'n/a';
  return `${summary.median.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)}`;
}

/**
 * How many times faster the app is than the yardstick, in words: for rows where the yardstick
 * is the slow way to beat, and a bare ratio would read backwards.
 * @param {number | null | undefined} app
 * @param {number | null | undefined} yardstick
 */
export function formatSpeedup(app, yardstick) {
  if (app == null || yardstick == null || app === 0) return '';
  const times = yardstick / app;
  if (times < 1) return `${(1 / times).toFixed(1)}x slower`;
  return `${times >= 10 ? times.toFixed(0) : times.toFixed(1)}x faster`;
}

/**
 * @param {number | null | undefined} median
 * @param {number} maxMs
 */
export function formatMedianTarget(median, maxMs) {
  if (median == null) return `median <= ${maxMs} ms`;
  return `median <= ${maxMs} ms ${median <= maxMs ? 'ok' : 'MISSED'}`;
}

/**
 * @param {number | null | undefined} app
 * @param {number | null | undefined} yardstick
 * @param {number} minTimes
 */
export function formatSpeedupTarget(app, yardstick, minTimes) {
  if (app == null || yardstick == null || app === 0) return `>= ${minTimes}x faster`;
  return `>= ${minTimes}x faster ${yardstick / app >= minTimes ? 'ok' : 'MISSED'}`;
}

/** @param {number | null | undefined} ms */
export function formatMs(ms) {
  return ms == null ? 'n/a' : `${Math.round(ms)} ms`;
}

/**
 * Long tasks are only reported past 50 ms, so no task seen means every task was shorter.
 * @param {number | null | undefined} ms 0 when no long task was seen
 */
export function formatLongTask(ms) {
  if (ms == null) return 'n/a';
  return ms === 0 ? '< 50 ms' : `${Math.round(ms)} ms`;
}

/**
 * @param {number | null | undefined} ms
 * @param {number} maxMs
 * @param {string} [what] what the limit applies to, such as "median" or "longest task"
 */
export function formatMaxTarget(ms, maxMs, what = '') {
  const limit = `${what ? `${what} ` : ''}<= ${maxMs} ms`;
  if (ms == null) return limit;
  return `${limit} ${ms <= maxMs ? 'ok' : 'MISSED'}`;
}

/**
 * @param {number | null | undefined} bytes
 * @param {number} maxBytes
 */
export function formatHeapTarget(bytes, maxBytes) {
  const limit = `<= ${formatMegabytes(maxBytes)}`;
  if (bytes == null) return limit;
  return `${limit} ${bytes <= maxBytes ? 'ok' : 'MISSED'}`;
}
