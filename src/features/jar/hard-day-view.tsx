import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { CrisisNumbers, HelplineFinder } from '@/components/helpline-finder';
import { countJar, JAR_SIZE_CHANGES_WITH } from '@/db/repo/jar';
import { useUntrackedQuery } from '@/hooks/use-untracked-query';
import { useAppStore } from '@/store/store';
import { PulledSlip } from './pulled-slip';
import { usePull } from './use-pull';

/**
 * How long the help below the card waits for it at most. IndexedDB answers in milliseconds; if
 * it has not (storage stuck), the crisis lines are not held back for it.
 */
export const HELP_WAITS_AT_MOST_MS = 1000;

/**
 * A calm screen for a hard day: a win comes out at once, with help close by. Below the heading
 * nothing shows until the win has come out and its card is drawn (or the jar is known to be
 * empty): drawn first, the way to the reframe and the crisis lines were pushed 300 px down the
 * screen as the card arrived, under a finger about to tap them.
 */
export function HardDayView() {
  // Not a live query: that would wake on this screen's own pulls (see JAR_SIZE_CHANGES_WITH).
  const counting = useUntrackedQuery(countJar, [], JAR_SIZE_CHANGES_WITH);
  const count = counting.status === 'ready' ? counting.value : undefined;
  const pulledId = useAppStore((state) => state.pulledId);
  const pull = usePull({ pastFirst: true });
  const pulledOnOpen = useRef(false);
  // 'waiting' until the pull on arrival is done: a card still on show from the jar is not this visit's.
  const [arrival, setArrival] = useState<'waiting' | 'pulled'>('waiting');
  // Once on screen, the card and the help stay where they are.
  const [settled, setSettled] = useState(false);
  const settle = useCallback(() => setSettled(true), []);
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
    const done = () => setArrival('pulled');
    pull().then(done, done);
  }, [count, pull]);

  useEffect(() => {
    const timer = window.setTimeout(settle, HELP_WAITS_AT_MOST_MS);
    return () => window.clearTimeout(timer);
  }, [settle]);

  const pulling = count === undefined || (count > 0 && arrival === 'waiting');
  // Nothing came out to wait for (the jar is empty, or the pull found nothing): settled now.
  if (!settled && !pulling && (count === 0 || !pulledId)) setSettled(true);

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
      ) : pulling ? null : pulledId ? (
        <PulledSlip
          id={pulledId}
          onPullAnother={() => void pull()}
          onPutBack={() => setPutOneBack(true)}
          onShown={settle}
          takeFocus={putOneBack}
        />
      ) : (
        putOneBack && (
          <button ref={pullAgain} type="button" className="button button-primary button-big" onClick={() => void pull()}>
            Pull a win
          </button>
        )
      )}
      {settled && (
        <>
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
        </>
      )}
    </div>
  );
}
