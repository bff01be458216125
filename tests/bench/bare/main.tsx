// The yardstick: the least a React + Dexie page must do to show a field for a win. The app's
// entry JS and start-up are judged against this, so it must stay minimal; add nothing the app's
// first screen could do without.
import { Dexie, type EntityTable } from 'dexie';
import { StrictMode, useEffect, useId, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Win {
  id: string;
  text: string;
}

const db = new Dexie('bench-bare') as Dexie & { wins: EntityTable<Win, 'id'> };
db.version(1).stores({ wins: 'id' });
// Opened before the first render, as the app does, so both pay for IndexedDB at the same moment.
db.open().catch(() => undefined);

function WinField() {
  const fieldId = useId();
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    let current = true;
    db.wins.count().then(
      (n) => {
        if (current) setCount(n);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <main>
      <label htmlFor={fieldId}>Your win</label>
      <textarea id={fieldId} rows={3} autoFocus />
      <p>{count === null ? '' : `${count} wins kept`}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <WinField />
    </StrictMode>,
  );
}
