import { useEffect, useLayoutEffect, useRef } from 'react';
import { ShareWinButton } from '@/components/share-win-button';
import { putBackInJar, readJarItem, setFavourite } from '@/db/repo/jar';
import { whenInWords } from '@/domain/when-in-words';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useLiveQueryFor } from '@/hooks/use-live-query-for';
import { useAppStore } from '@/store/store';

interface PulledSlipProps {
  id: string;
  onPullAnother: () => void;
  /** Called once the slip is back in the jar and its card gone: the screen says where focus goes. */
  onPutBack: () => void;
  /** Focus Pull another once the card shows, as when the button that pulled it is gone. */
  takeFocus?: boolean;
  /** Called once the card is drawn, before it is painted: what waits under it can come in the same frame. */
  onShown?: () => void;
}

/** The slip that just came out: what, why, when, a kind word, and what to do next. */
export function PulledSlip({ id, onPullAnother, onPutBack, takeFocus = false, onShown }: PulledSlipProps) {
  const item = useLiveQueryFor(id, readJarItem);
  const today = useCurrentDay();
  const kindWord = useAppStore((state) => state.kindWord);
  const showPulled = useAppStore((state) => state.showPulled);
  const announce = useAppStore((state) => state.announce);
  // Each slip gets a card of its own, so the button pressed goes with the old one: "Pull another"
  // pressed from the keyboard hands focus to the new card's, ready to be pressed again.
  const pullAnother = useRef<HTMLButtonElement>(null);
  const refocus = useRef(takeFocus);
  const shown = Boolean(item);
  useLayoutEffect(() => {
    if (shown) onShown?.();
  }, [shown, onShown]);
  useEffect(() => {
    if (!shown || !refocus.current) return;
    refocus.current = false;
    pullAnother.current?.focus();
  }, [shown, id]);
  if (!item) return <div className="pulled pulled-placeholder" />;

  async function putBack() {
    await putBackInJar(id);
    showPulled(null);
    announce('Put back in the jar.');
    onPutBack();
  }

  return (
    <article key={id} className="pulled" aria-labelledby={`pulled-${id}`}>
      <p className="pulled-when">{whenInWords(item.day, today)}</p>
      <p id={`pulled-${id}`} className="pulled-text">
        {item.text}
      </p>
      {item.why && (
        <p className="pulled-why">
          <span className="pulled-why-label">Why it mattered: </span>
          {item.why}
        </p>
      )}
      {item.struggle && (
        <p className="pulled-why">
          <span className="pulled-why-label">On a day that was hard: </span>
          {item.struggle}
        </p>
      )}
      {kindWord && <p className="pulled-kind">{kindWord}</p>}
      <div className="pulled-actions">
        <button
          ref={pullAnother}
          type="button"
          className="button button-primary"
          onClick={() => {
            refocus.current = document.activeElement === pullAnother.current;
            onPullAnother();
          }}
        >
          Pull another
        </button>
        {/* Beside Pull another, where it fits on a phone: the card keeps to two rows of buttons. */}
        <ShareWinButton win={item} className="button" />
        <button
          type="button"
          className="button"
          aria-pressed={item.favourite}
          onClick={() => void setFavourite(item, !item.favourite)}
        >
          {item.favourite ? '♥ Kept close' : '♡ Keep it close'}
        </button>
        <button type="button" className="button button-quiet" onClick={() => void putBack()}>
          Put it back
        </button>
      </div>
    </article>
  );
}
