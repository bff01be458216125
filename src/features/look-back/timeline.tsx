import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { cursorAfter, listTimelinePage, type TimelineCursor } from '@/db/repo/history';
import { dayHeading } from '@/domain/day';
import { useCurrentDay } from '@/hooks/use-current-day';
import type { Win } from '@/domain/win';
import { HistoryWin, type ShownWin } from './history-win';

// Rows keep only what is shown: ten years of wins scrolled through stay in memory, and
// their search words, struggles and links would more than double it.
type Row = { kind: 'day'; day: string } | { kind: 'win'; win: ShownWin };

const PAGE = 120;
const LOAD_WHEN_WITHIN = 20;

/** Adds a page to the rows in place (copying 100,000 rows per page made scrolling quadratic). */
function appendRows(rows: Row[], wins: readonly Win[], lastDay: string | undefined): string | undefined {
  let day = lastDay;
  for (const { text, why, tags, foundInStruggle, day: winDay } of wins) {
    if (winDay !== day) rows.push({ kind: 'day', day: winDay });
    rows.push({ kind: 'win', win: { text, why, tags, foundInStruggle } });
    day = winDay;
  }
  return day;
}

/**
 * Every win, newest first, grouped by day. Pages come from an index range as the person
 * scrolls, and only the rows near the screen are in the DOM, so ten years stay smooth.
 */
export function Timeline() {
  const today = useCurrentDay();
  // One growing array, with a count in state to re-render when it grows.
  const [rows] = useState<Row[]>(() => []);
  const [rowCount, setRowCount] = useState(0);
  const [finished, setFinished] = useState(false);
  const loading = useRef(false);
  const cursor = useRef<TimelineCursor | null>(null);
  const lastDay = useRef<string | undefined>(undefined);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  const loadMore = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    const wins = await listTimelinePage(cursor.current, PAGE);
    cursor.current = cursorAfter(wins, cursor.current);
    lastDay.current = appendRows(rows, wins, lastDay.current);
    setRowCount(rows.length);
    if (wins.length < PAGE) setFinished(true);
    loading.current = false;
  }, [rows]);

  useEffect(() => {
    void loadMore();
  }, [loadMore]);

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rowCount,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? 44 : 76),
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (!finished && rowCount > 0 && lastIndex >= rowCount - LOAD_WHEN_WITHIN) void loadMore();
  }, [lastIndex, rowCount, finished, loadMore]);

  return (
    <section aria-labelledby="timeline-title" className="timeline">
      <h2 id="timeline-title">Every win, newest first</h2>
      <div ref={listRef} role="list" className="timeline-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="timeline-row"
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              {row.kind === 'day' ? <h3 className="timeline-day">{dayHeading(row.day, today)}</h3> : <HistoryWin win={row.win} />}
            </div>
          );
        })}
      </div>
      {finished && rowCount > 0 && <p className="muted timeline-end">That is where it all began: your first win.</p>}
      {/* Only once the first page has come back empty, so a long history never flashes it. */}
      {finished && rowCount === 0 && (
        <div className="empty timeline-empty">
          <p>Nothing here yet. Each win you write will be kept here, however small.</p>
          <Link href="/" className="button button-primary">
            Write a win on Today
          </Link>
        </div>
      )}
    </section>
  );
}
