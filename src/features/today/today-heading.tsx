import type { ReactNode } from 'react';
import { HardDayLink } from './hard-day-link';

/**
 * What the header shows, from what it is given. Also drawn at build time into index.html's
 * Today shell (`app/today-shell.tsx`), so the first paint has the same header in the same place.
 */
export function TodayHeading({ dayText, isBackfill = false, children }: { dayText: string; isBackfill?: boolean; children?: ReactNode }) {
  return (
    <header className="screen-header">
      <div className="today-title-row">
        <div>
          <p className="eyebrow">{isBackfill ? 'Adding to an earlier day' : 'Today'}</p>
          <h1>{dayText}</h1>
        </div>
        <HardDayLink />
      </div>
      {children}
    </header>
  );
}
