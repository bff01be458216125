import { useEffect, useRef, useState } from 'react';

export interface StorageFacts {
  persisted: boolean | null;
  usedBytes: number | null;
  /** Whether this browser lets a page ask to keep its storage. */
  canAsk: boolean;
}

const unknown: StorageFacts = { persisted: null, usedBytes: null, canAsk: false };

async function readStorageFacts(): Promise<StorageFacts> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return unknown;
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate()]);
  return { persisted, usedBytes: estimate.usage ?? null, canAsk: typeof storage.persist === 'function' };
}

export interface StorageReading {
  /** null until read. */
  facts: StorageFacts | null;
  /** The browser has just agreed to keep the storage. */
  markKept: () => void;
}

/**
 * What the browser says about this app's storage, read once. Read by the screen rather than
 * by StorageStatus, so the screen can wait for it: its lines arriving after the screen had
 * shown pushed the panels below them down.
 */
export function useStorageFacts(): StorageReading {
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  useEffect(() => {
    // A browser that refuses to say (some private windows) is a browser that says nothing.
    void readStorageFacts()
      .catch(() => unknown)
      .then(setFacts);
  }, []);
  return { facts, markKept: () => setFacts((known) => known && { ...known, persisted: true }) };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

const kept = 'This browser has agreed to keep your wins even when space runs low.';

/**
 * Whether the browser has promised to keep this app's data, and how much it holds. Where it
 * has not, the person can ask again: the app asks once by itself, after the first win, which is
 * usually before the app is installed, and browsers often say yes only later (Chrome once the
 * app is installed or used often), so without a way to ask again the advice to install led nowhere.
 */
export function StorageStatus({ reading }: { reading: StorageReading }) {
  const { facts, markKept } = reading;
  const [answer, setAnswer] = useState<'kept' | 'not-yet' | null>(null);
  const [asking, setAsking] = useState(false);
  const answerLine = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // A yes takes the button away with it: the answer takes focus rather than the page.
    if (answer === 'kept') answerLine.current?.focus();
  }, [answer]);

  async function ask() {
    if (asking) return;
    setAsking(true);
    const granted = await navigator.storage.persist().catch(() => false);
    setAsking(false);
    setAnswer(granted ? 'kept' : 'not-yet');
    if (granted) markKept();
  }

  if (!facts) return null;
  return (
    <>
      <ul className="facts">
        <li>
          {facts.persisted === true
            ? kept
            : 'This browser may clear your wins if the device runs very low on space, or after a long time unused. Installing the app to your home screen helps.'}
        </li>
        {facts.usedBytes !== null && <li>Small Wins uses about {megabytes(facts.usedBytes)} on this device.</li>}
      </ul>
      {facts.canAsk && facts.persisted === false && (
        <button type="button" className="button" aria-disabled={asking || undefined} onClick={() => void ask()}>
          Ask this browser to keep them
        </button>
      )}
      <p role="status" className="field-hint" tabIndex={-1} ref={answerLine}>
        {answer === 'kept' && 'Done: this browser will keep your wins.'}
        {answer === 'not-yet' &&
          'This browser has not agreed yet. It decides by itself, often once the app is installed or used for a while, so you can ask again later. A backup keeps your wins safe either way.'}
      </p>
    </>
  );
}
