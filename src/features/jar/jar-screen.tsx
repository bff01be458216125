import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { useRoute } from 'wouter';
import { countJar } from '@/db/repo/jar';
import { numberInWords } from '@/domain/number-in-words';
import { useScreenTitle } from '@/hooks/use-screen-title';
import { useAppStore } from '@/store/store';
import { HardDayView } from './hard-day-view';
import { JarDrawing } from './jar-drawing';
import { JarFilterSelect } from './jar-filter-select';
import { PulledSlip } from './pulled-slip';
import { usePull } from './use-pull';
import { WriteSlip } from './write-slip';

function countSentence(count: number): string {
  if (count === 1) return 'One win is in your jar.';
  const words = numberInWords(count);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} wins are in your jar.`;
}

export function JarScreen() {
  const [hardDay] = useRoute('/jar/pull');
  const count = useLiveQuery(countJar);
  const pulledId = useAppStore((state) => state.pulledId);
  const pull = usePull();
  useScreenTitle(hardDay ? 'For a hard day' : 'Win Jar');
  const pullButton = useRef<HTMLButtonElement>(null);

  if (hardDay) return <HardDayView />;

  return (
    <div className="jar">
      <header className="screen-header">
        <p className="eyebrow">Win Jar</p>
        <h1>Your jar</h1>
      </header>
      <div className="jar-hero">
        <JarDrawing count={count ?? 0} />
        {count !== undefined && <p className="jar-count">{count === 0 ? 'Your jar is empty for now.' : countSentence(count)}</p>}
      </div>
      {count === 0 ? (
        <div className="empty">
          <p>
            Every win you write on Today drops in here, ready for a harder day. You can also write a slip straight into
            the jar.
          </p>
        </div>
      ) : (
        count !== undefined && (
          <>
            <button ref={pullButton} type="button" className="button button-primary button-big" onClick={() => void pull()}>
              Pull a win
            </button>
            <JarFilterSelect />
          </>
        )
      )}
      {pulledId && (
        // The card and the button pressed go back together; Pull a win is where to carry on.
        <PulledSlip id={pulledId} onPullAnother={() => void pull()} onPutBack={() => pullButton.current?.focus()} />
      )}
      <WriteSlip autoFocus={count === 0} />
    </div>
  );
}
