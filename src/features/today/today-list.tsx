import { useLiveQuery } from 'dexie-react-hooks';
import { listWinsForDay } from '@/db/repo/wins';

export function TodayList({ day }: { day: string }) {
  const wins = useLiveQuery(() => listWinsForDay(day), [day]);

  return (
    <section className="today-list" aria-labelledby="today-list-title">
      <h2 id="today-list-title">Today’s wins</h2>
      {wins === undefined ? null : wins.length === 0 ? (
        <p className="empty">Nothing written yet. Getting through today counts too.</p>
      ) : (
        <ul aria-live="polite">
          {wins.map((win) => (
            <li key={win.id} className="win-card">
              <p className="win-text">{win.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
