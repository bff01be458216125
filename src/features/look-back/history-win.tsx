import type { ReactNode } from 'react';
import { highlightParts } from '@/domain/search-text';
import type { Win } from '@/domain/win';

function Highlighted({ text, query }: { text: string; query: readonly string[] }) {
  return (
    <>
      {highlightParts(text, query).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}

/** What a win in a list of past wins shows: rows held for long lists keep only these. */
export type ShownWin = Pick<Win, 'text' | 'why' | 'tags' | 'foundInStruggle'>;

/**
 * One win in the timeline, in search results or on a day, with the words searched for marked.
 * `actions` (the day's Share) sit at the card's foot, as the buttons on Today's cards do.
 */
export function HistoryWin({ win, query = [], actions }: { win: ShownWin; query?: readonly string[]; actions?: ReactNode }) {
  return (
    <div className="win-card history-win">
      {win.foundInStruggle === 1 && <p className="marker">Found in a hard day</p>}
      <p className="win-text">
        <Highlighted text={win.text} query={query} />
      </p>
      {win.why && (
        <p className="win-why">
          <Highlighted text={win.why} query={query} />
        </p>
      )}
      {win.tags.length > 0 && (
        <p className="win-why">
          <span className="visually-hidden">Tags: </span>
          <Highlighted text={win.tags.map((tag) => `#${tag}`).join(' ')} query={query} />
        </p>
      )}
      {actions && <div className="win-actions">{actions}</div>}
    </div>
  );
}
