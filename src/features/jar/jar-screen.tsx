import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { countWins } from '@/db/repo/wins';

function countInWords(count: number): string {
  return count === 1 ? 'One win is in your jar.' : `${count.toLocaleString('en')} wins are in your jar.`;
}

export function JarScreen() {
  const count = useLiveQuery(countWins);
  return (
    <div className="jar">
      <header className="screen-header">
        <p className="eyebrow">Win Jar</p>
        <h1>Your jar</h1>
      </header>
      {count === undefined ? null : count === 0 ? (
        <div className="empty">
          <p>Your jar is empty for now. Every win you write on Today drops in here, ready for a harder day.</p>
          <Link href="/" className="button button-primary">
            Write your first win
          </Link>
        </div>
      ) : (
        <p className="jar-count">{countInWords(count)}</p>
      )}
    </div>
  );
}
