import { useEffect, useState } from 'react';

interface StorageFacts {
  persisted: boolean | null;
  usedBytes: number | null;
}

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return { persisted: null, usedBytes: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return { persisted, usedBytes: estimate.usage ?? null };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/** Whether the browser has promised to keep this app's data, and how much it holds. */
export function StorageStatus() {
  const [facts, setFacts] = useState<StorageFacts | null>(null);

  useEffect(() => {
    void readStorageFacts().then(setFacts);
  }, []);

  if (!facts) return <p className="muted">Checking storage…</p>;
  return (
    <ul className="facts">
      <li>
        {facts.persisted === true
          ? 'This browser has agreed to keep your wins even when space runs low.'
          : 'This browser may clear your wins if the device runs very low on space, or after a long time unused. Installing the app to your home screen helps.'}
      </li>
      {facts.usedBytes !== null && <li>Small Wins uses about {megabytes(facts.usedBytes)} on this device.</li>}
    </ul>
  );
}
