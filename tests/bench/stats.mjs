/**
 * @typedef {object} Summary
 * @property {number} median
 * @property {number} p95
 * @property {number} min
 * @property {number} max
 * @property {number} n
 */

/**
 * Median and nearest-rank p95. With the default seven runs p95 is the slowest run, which is
 * the honest reading of so few samples.
 * @param {number[]} values
 * @returns {Summary | null}
 */
export function summarize(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  const p95 = at(Math.ceil(0.95 * sorted.length) - 1);
  return { median, p95, min: at(0), max: at(sorted.length - 1), n: sorted.length };
}
