import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { listTimelinePage, type TimelineCursor } from '@/db/repo/history';
import { dayHeading } from '@/domain/day';
import { useCurrentDay } from '@/hooks/use-current-day';
import type { Win } from '@/domain/win';
import { HistoryWin } from './history-win';

type Row = { kind: 'day'; day: string } | { kind: 'win'; win: Win };

const PAGE = 120;
const LOAD_WHEN_WITHIN = 20;

function appendRows(rows: Row[], wins: Win[]): Row[] {
  const next = [...rows];
  let lastDay = [...rows].reverse().find((row) => row.kind === 'win')?.win.day;
  for (const win of wins) {
    if (win.day !== lastDay) next.push({ kind: 'day', day: win.day });
    next.push({ kind: 'win', win });
    lastDay = win.day;
  }
  return next;
}

/**
 * Every win, newest first, grouped by day. Pages come from an index range as the person
 * scrolls, and only the rows near the screen are in the DOM, so ten years stay smooth.
 */
export function Timeline() {
  const today = useCurrentDay();
  const [rows, setRows] = useState<Row[]>([]);
  const [finished, setFinished] = useState(false);
  const loading = useRef(false);
  const cursor = useRef<TimelineCursor | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  const loadMore = useCallback(async () => {
    if (loading.current) return;
    loading.current = true;
    const wins = await listTimelinePage(cursor.current, PAGE);
    const last = wins.at(-1);
    if (last) cursor.current = [last.day, last.createdAt];
    setRows((current) => appendRows(current, wins));
    if (wins.length < PAGE) setFinished(true);
    loading.current = false;
  }, []);

  useEffect(() => {
    void loadMore();
  }, [loadMore]);

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? 44 : 76),
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (!finished && rows.length > 0 && lastIndex >= rows.length - LOAD_WHEN_WITHIN) void loadMore();
  }, [lastIndex, rows.length, finished, loadMore]);

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
      {finished && rows.length > 0 && <p className="muted timeline-end">That is where it all began: your first win.</p>}
    </section>
  );
}
