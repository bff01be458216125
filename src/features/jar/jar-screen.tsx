import { useRef } from 'react';
import { useRoute } from 'wouter';
import { countJar, JAR_SIZE_CHANGES_WITH, listJarTags } from '@/db/repo/jar';
import { valuesRepo } from '@/db/repo/values';
import { numberInWords } from '@/domain/number-in-words';
import { useScreenTitle } from '@/hooks/use-screen-title';
import { useUntrackedQuery } from '@/hooks/use-untracked-query';
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

/** What the jar shows under its heading, read in one go so that it all arrives together. */
async function readJar() {
  const [count, tags, values] = await Promise.all([countJar(), listJarTags(), valuesRepo.list()]);
  return { count, tags, values };
}

// What readJar reads changes only with these. A live query would also wake on every pull and
// read the tags of every win again for nothing while the pulled card is on its way to the screen.
const JAR_CHANGES_WITH = [...JAR_SIZE_CHANGES_WITH, 'values'];

export function JarScreen() {
  const [hardDay] = useRoute('/jar/pull');
  useScreenTitle(hardDay ? 'For a hard day' : 'Win Jar');
  return hardDay ? <HardDayView /> : <JarView />;
}

function JarView() {
  const reading = useUntrackedQuery(readJar, [], JAR_CHANGES_WITH);
  const jar = reading.status === 'ready' ? reading.value : undefined;
  const pulledId = useAppStore((state) => state.pulledId);
  const pull = usePull();
  const pullButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="jar">
      <header className="screen-header">
        <p className="eyebrow">Win Jar</p>
        <h1>Your jar</h1>
      </header>
      {reading.status === 'error' && (
        <p role="alert">Your jar could not be opened just now. Your wins are safe; reload the app to try again.</p>
      )}
      {/* Nothing under the heading until the jar has been read: drawn first, the slip form was
          pushed down twice, by the count and then by the pull and its filter. */}
      {jar && (
        <>
          <div className="jar-hero">
            <JarDrawing count={jar.count} />
            <p className="jar-count">{jar.count === 0 ? 'Your jar is empty for now.' : countSentence(jar.count)}</p>
          </div>
          {jar.count === 0 ? (
            <div className="empty">
              <p>
                Every win you write on Today drops in here, ready for a harder day. You can also write a slip straight
                into the jar.
              </p>
            </div>
          ) : (
            <>
              <button ref={pullButton} type="button" className="button button-primary button-big" onClick={() => void pull()}>
                Pull a win
              </button>
              <JarFilterSelect tags={jar.tags} values={jar.values} />
            </>
          )}
          {pulledId && (
            // The card and the button pressed go back together; Pull a win is where to carry on.
            <PulledSlip id={pulledId} onPullAnother={() => void pull()} onPutBack={() => pullButton.current?.focus()} />
          )}
          <WriteSlip />
        </>
      )}
    </div>
  );
}
