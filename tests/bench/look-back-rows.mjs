// The Look back rows and their notes, from what look-back.mjs measured.
import { settings } from './config.mjs';
import { summarize } from './stats.mjs';
import {
  formatHeapTarget,
  formatMaxTarget,
  formatMegabytes,
  formatP95Target,
  formatSpeedup,
  formatTiming,
} from './table.mjs';

/** @typedef {import('./table.mjs').Row} Row */
/** @typedef {import('./look-back.mjs').LookBackSeries} LookBackSeries */
/** @typedef {import('./look-back.mjs').RowSample} RowSample */

const GROUP = 'Look back§';

/** @param {import('./util.mjs').HeapReading | null} heap */
const afterGc = (heap) => (heap ? formatMegabytes(heap.afterGcBytes) : 'n/a');

/**
 * @param {Map<number, LookBackSeries>} measured
 * @returns {{ rows: Row[], notes: string[] }}
 */
export function lookBackRows(measured) {
  const target = Math.max(...settings.lookBackSizes);
  /** @type {Row[]} */
  const rows = [];
  /** @type {string[]} */
  const notes = [];
  for (const size of settings.lookBackSizes) {
    const series = measured.get(size);
    const label = size.toLocaleString('en');
    const atTarget = size === target;
    if (!series) {
      rows.push({ group: GROUP, metric: `${label} wins`, app: 'not run', yardstick: '', ratio: '', target: '' });
      continue;
    }
    /**
     * @param {RowSample[]} samples
     * @param {'shown' | 'painted'} field
     */
    const rowStat = (samples, field) => summarize(samples.map((sample) => sample[field]));
    /** @param {number} count */
    const partial = (count) => (count < settings.lookBackRuns ? ` (n=${count})` : '');
    const failed = series.failure ? ' (stopped, see notes)' : '';

    rows.push({
      group: GROUP,
      metric: `timeline first row from navigation start, ${label} wins`,
      app: `${formatTiming(rowStat(series.load, 'shown'))}${partial(series.load.length)}`,
      yardstick: 'n/a',
      ratio: '',
      target: '',
    });
    const tap = rowStat(series.tap, 'shown');
    rows.push({
      group: GROUP,
      metric: `tap "Look back" to first row, ${label} wins`,
      app: `${formatTiming(tap)}${partial(series.tap.length)}`,
      yardstick: 'n/a',
      ratio: '',
      target: atTarget ? formatMaxTarget(tap?.median, settings.lookBackFirstRowTargetMs, 'median') : '',
    });

    const keys = summarize(series.keystrokes.map((sample) => sample.shown));
    const naive = summarize(series.naive.map((sample) => sample.ms));
    rows.push({
      group: GROUP,
      metric: `search, keystroke to results, ${label} wins`,
      app: keys ? `${formatTiming(keys)} (n=${keys.n})` : `n/a${failed}`,
      yardstick: naive ? `naive: ${formatTiming(naive)}` : 'n/a',
      ratio: formatSpeedup(keys?.median, naive?.median),
      target: atTarget ? formatP95Target(keys?.p95, settings.searchP95TargetMs) : '',
    });

    const scroll = series.scroll;
    let scrolled = `n/a${failed}`;
    if (scroll) {
      scrolled = scroll.over
        ? `over ${Math.round(settings.scrollCapMs / 1000)} s (${scroll.rows.toLocaleString('en')} rows loaded)`
        : `${(scroll.ms / 1000).toFixed(1)} s`;
    }
    rows.push({ group: GROUP, metric: `scroll to the oldest win, ${label} wins`, app: scrolled, yardstick: 'n/a', ratio: '', target: '' });

    const { firstPaint, searches, scrolled: atOldest, naive: naiveHeap } = series.heap;
    const readings = [firstPaint, searches, atOldest].flatMap((heap) => (heap ? [heap.afterGcBytes] : []));
    const most = readings.length > 0 ? Math.max(...readings) : null;
    rows.push({
      group: GROUP,
      metric: `JS heap: first row / searches / oldest, ${label} wins`,
      app: `${afterGc(firstPaint)} / ${afterGc(searches)} / ${afterGc(atOldest)}`,
      yardstick: `naive: ${afterGc(naiveHeap)}`,
      ratio: '',
      target: atTarget ? `largest ${formatHeapTarget(most, settings.lookBackHeapTargetBytes)}` : '',
    });

    // Where the time goes, per size: the slowest keystrokes and what their query alone costs.
    const slowest = [...series.keystrokes].sort((a, b) => b.shown - a.shown).slice(0, 4);
    const hits = new Map(series.indexHits.map((hit) => [hit.prefix, hit]));
    const slowText = slowest
      .map((sample) => {
        const word = sample.value.trim().split(/\s+/).sort((a, b) => b.length - a.length)[0]?.toLowerCase() ?? '';
        const hit = hits.get(word);
        const reach = hit ? `; "${word}" reaches ${hit.entries.toLocaleString('en')} index entries, ${hit.wins.toLocaleString('en')} wins, read in ${Math.round(hit.ms)} ms` : '';
        return `"${sample.value}" ${Math.round(sample.shown)} ms (searchWins alone ${Math.round(sample.dataMs)} ms${reach})`;
      })
      .join(', ');
    const tapPainted = rowStat(series.tap, 'painted');
    const retap = rowStat(series.retap, 'shown');
    const loadPainted = rowStat(series.load, 'painted');
    const top = series.load[0];
    const fold = top ? (top.top < top.viewport ? 'inside' : 'below') : '?';
    notes.push(
      `§ ${label} wins: first row ${fold} the fold (its top ${top ? Math.round(top.top) : '?'} px down a ${top?.viewport ?? '?'} px viewport); ` +
        `to the end of the next frame: load ${formatTiming(loadPainted)}, tap ${formatTiming(tapPainted)}. ` +
        `Second tap, after going back to Today (Look back's code already loaded): ${formatTiming(retap)}. ` +
        `listTimelinePage's first page alone: ${series.timelinePage ? `${series.timelinePage.ms.toFixed(1)} ms` : 'n/a'}.`,
    );
    if (slowText) notes.push(`§ ${label} wins, slowest keystrokes: ${slowText}.`);
    if (series.untimed.length > 0) {
      notes.push(
        `§ ${label} wins, keystrokes not timed because the screen shows the same as after the key before: ` +
          `${series.untimed.map(({ value }) => `"${value}"`).join(', ')}.`,
      );
    }
    notes.push(
      `§ ${label} wins, naive per query: ${series.naive
        .map((sample) => `"${sample.query}" ${Math.round(sample.ms)} ms (toArray ${Math.round(sample.loadMs)}), ${sample.matches.toLocaleString('en')} matches`)
        .join('; ')}.`,
    );
    if (series.disagreements.length > 0) {
      notes.push(
        `§ ${label} wins: the yardstick and the app's search disagree on the first results for ` +
          `${series.disagreements.map(({ query }) => `"${query}"`).join(', ')}.`,
      );
    }
    if (scroll && !scroll.over) {
      const ends = scroll.endsOnOldest === false ? '; the last win shown is NOT the oldest (see results.json)' : ', ending on the oldest win';
      notes.push(
        `§ ${label} wins, scroll: ${scroll.scrolls.toLocaleString('en')} scrolls, ${scroll.rows.toLocaleString('en')} rows loaded${ends}.`,
      );
    }
    if (series.failure) notes.push(`§ Look back with ${label} wins stopped: ${series.failure}`);
  }
  notes.unshift(
    `§ Look back: each size in the context shared with its other rows, the page opened afresh at /look-back; ` +
      `Pixel 7 viewport, NO CPU throttling (targets are for this machine), service workers blocked. ` +
      `First row: the first .timeline-row holding a .win-text in the "Every win, newest first" section, ` +
      `in the DOM (mutation observer); median and p95 over ${settings.lookBackRuns} runs after a warm-up. ` +
      `"From navigation start" is a fresh load of /look-back, so it includes the app's boot (HTML, entry JS, ` +
      `opening the database, the lazy Look back chunk). "Tap" starts at the click on the Look back tab ` +
      `(capture phase) in an app opened at Today and left 500 ms to settle: the lazy chunk, the screen and ` +
      `the first timeline page. The ${settings.lookBackFirstRowTargetMs} ms target (median) applies to the tap, ` +
      `the fairer reading of "timeline first paint"; the load row has no target.`,
    `§ Search: ${settings.searchQueries.map((query) => `"${query}"`).join(', ')} typed a letter at a time into ` +
      `"Search your wins", ~150 ms apart, the box cleared between queries; each key timed from its input event ` +
      `(capture phase) until #results-title and the results list show exactly what the app's own searchWins ` +
      `returns for the new value (asked in the page beforehand); median and p95 over the keys. ` +
      `Naive yardstick, per whole query in the same page: db.wins.toArray(), then every query word must begin ` +
      'a word of text, why or tags (folded with NFD, marks stripped, lowercased), then newest first. ' +
      'Ratio: how many times faster a keystroke is than the naive query (medians).',
    `§ Scroll: from the frame that showed the first row, window.scrollTo(bottom) once a frame until ` +
      `"That is where it all began: your first win." is on screen; capped at ${Math.round(settings.scrollCapMs / 1000)} s. ` +
      'Heap: JSHeapUsedSize (CDP) after HeapProfiler.collectGarbage: after the last fresh load, after the searches, ' +
      `after the scroll; naive: after its queries with every row still held. Target at ${target.toLocaleString('en')}: ` +
      `the largest of the app's three <= ${formatMegabytes(settings.lookBackHeapTargetBytes)}.`,
  );
  return { rows, notes };
}
