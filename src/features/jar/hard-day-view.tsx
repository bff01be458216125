import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { CrisisNumbers, HelplineFinder } from '@/components/helpline-finder';
import { countJar } from '@/db/repo/jar';
import { useAppStore } from '@/store/store';
import { PulledSlip } from './pulled-slip';
import { usePull } from './use-pull';

/** A calm screen for a hard day: a win comes out at once, with help close by. */
export function HardDayView() {
  const count = useLiveQuery(countJar);
  const pulledId = useAppStore((state) => state.pulledId);
  const pull = usePull({ pastFirst: true });
  const pulledOnOpen = useRef(false);
  // Once a win has gone back, a button to pull again stands where its card was, and takes the
  // focus the card's buttons held; the card it brings takes it back in turn.
  const [putOneBack, setPutOneBack] = useState(false);
  const pullAgain = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (putOneBack && !pulledId) pullAgain.current?.focus();
  }, [putOneBack, pulledId]);

  useEffect(() => {
    // One pull on arrival; the ref keeps a re-render (or React's development double run) from pulling twice.
    if (pulledOnOpen.current || count === undefined || count === 0) return;
    pulledOnOpen.current = true;
    void pull();
  }, [count, pull]);

  return (
    <div className="hard-day">
      <header className="screen-header">
        <p className="eyebrow">For a hard day</p>
        <h1>You have done hard things before</h1>
      </header>
      {count === 0 ? (
        <div className="empty">
          <p>Your jar is empty for now, and that is all right. Today can hold your first win, however small.</p>
          <Link href="/" className="button button-primary">
            Write a win
          </Link>
        </div>
      ) : pulledId ? (
        <PulledSlip id={pulledId} onPullAnother={() => void pull()} onPutBack={() => setPutOneBack(true)} takeFocus={putOneBack} />
      ) : (
        putOneBack && (
          <button ref={pullAgain} type="button" className="button button-primary button-big" onClick={() => void pull()}>
            Pull a win
          </button>
        )
      )}
      <Link href="/reframe" className="hard-day-link">
        Find the win in today, step by step
      </Link>
      <section className="panel" aria-labelledby="hard-day-help">
        <h2 id="hard-day-help">If today is more than hard</h2>
        <p>
          You do not have to carry it alone. If you might hurt yourself, call your local emergency number now, or a
          crisis line: <CrisisNumbers />
        </p>
        <HelplineFinder />
      </section>
      <Link href="/jar" className="link-button">
        Back to the jar
      </Link>
    </div>
  );
}
