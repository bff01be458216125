import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { listRecentWins } from '@/db/repo/wins';
import { dayInWords } from '@/domain/day';
import type { Win } from '@/domain/win';

const RECENT_LIMIT = 100;

function groupByDay(wins: Win[]): [string, Win[]][] {
  const groups = new Map<string, Win[]>();
  for (const win of wins) groups.set(win.day, [...(groups.get(win.day) ?? []), win]);
  return [...groups];
}

export function LookBackScreen() {
  const wins = useLiveQuery(() => listRecentWins(RECENT_LIMIT));
  return (
    <div className="look-back">
      <header className="screen-header">
        <p className="eyebrow">Look back</p>
        <h1>Your wins so far</h1>
      </header>
      {wins === undefined ? null : wins.length === 0 ? (
        <div className="empty">
          <p>This is where your wins gather, day by day. There are none yet.</p>
          <Link href="/" className="button button-primary">
            Write a win
          </Link>
        </div>
      ) : (
        groupByDay(wins).map(([day, dayWins]) => (
          <section key={day} className="day-group" aria-label={dayInWords(day)}>
            <h2>{dayInWords(day)}</h2>
            <ul>
              {dayWins.map((win) => (
                <li key={win.id} className="win-card">
                  <p className="win-text">{win.text}</p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
