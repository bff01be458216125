import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useState } from 'react';
import { quickPicksRepo } from '@/db/repo/quick-picks';
import { useAppStore } from '@/store/store';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import { useSaveWin } from '@/hooks/use-save-win';
import { retryableLazy } from '@/components/retryable-lazy';
import { quoted } from '@/domain/quoted';

// The editor opens on request only, so its code stays out of the first download.
const QuickPicksEditor = retryableLazy(() => import('./quick-picks-editor').then((m) => m.QuickPicksEditor));

/** One-tap examples: a tap fills the field to make it specific; the ✓ beside it saves it as it is. */
export function QuickPicks() {
  const picks = useLiveQuery(quickPicksRepo.list, []);
  const updateDraft = useAppStore((state) => state.updateDraft);
  const focusComposer = useAppStore((state) => state.focusComposer);
  const saveWin = useSaveWin();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  const shown = (picks ?? []).filter((pick) => !pick.hidden);

  function fill(text: string) {
    updateDraft({ text: `${text} ` });
    focusComposer();
  }

  async function saveAsIs(text: string) {
    const result = await saveWin({ text });
    setProblem(result ? saveProblemMessage[result] : '');
  }

  return (
    <section className="quick-picks" aria-labelledby="quick-picks-title">
      <div className="section-title-row">
        <h2 id="quick-picks-title">Quick picks</h2>
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          Edit quick picks
        </button>
      </div>
      <p className="field-hint">Tap one to start from it, or ✓ to save it just as it is.</p>
      <ul className="chips">
        {shown.map((pick) => (
          <li key={pick.id} className="chip-pair">
            <button type="button" className="chip" onClick={() => fill(pick.text)}>
              {pick.text}
            </button>
            <button
              type="button"
              className="chip chip-save"
              onClick={() => void saveAsIs(pick.text)}
              aria-label={`Save ${quoted(pick.text)} as it is`}
            >
              ✓
            </button>
          </li>
        ))}
      </ul>
      <p role="alert" className="composer-problem">
        {problem}
      </p>
      {editing && (
        <Suspense fallback={null}>
          <QuickPicksEditor onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </section>
  );
}
