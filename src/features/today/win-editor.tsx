import { useId, useState, type SyntheticEvent } from 'react';
import { updateWin } from '@/db/repo/win-edits';
import { formatTags } from '@/domain/tags';
import type { Win } from '@/domain/win';
import { checkWinFields } from '@/domain/win-text';
import { ValueChips } from '@/components/value-chips';
import { useValues } from '@/hooks/use-values';
import { useAppStore } from '@/store/store';
import { CharacterCount } from './character-count';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import type { SaveProblem } from '@/hooks/use-save-win';

/** Edits a win in place. Escape or Cancel leaves it as it was. */
export function WinEditor({ win, onDone }: { win: Win; onDone: () => void }) {
  const [text, setText] = useState(win.text);
  const [why, setWhy] = useState(win.why);
  const [tags, setTags] = useState(formatTags(win.tags));
  const [valueIds, setValueIds] = useState(win.valueIds);
  // Archived values stay on the wins that had them, and can be taken off, but not added anew.
  const values = useValues().filter((value) => !value.hidden || win.valueIds.includes(value.id));
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const ids = { text: useId(), why: useId(), tags: useId(), count: useId(), problem: useId() };

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkWinFields({ text, why, tags });
    if (!checked.ok) return setProblem(checked.problem);
    try {
      await updateWin(win.id, { text: checked.text, why: checked.why, tags: checked.tags, valueIds });
    } catch {
      return setProblem('not-saved');
    }
    useAppStore.getState().announce(`Updated: ${checked.text}`);
    onDone();
  }

  return (
    <form
      className="win-editor"
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
      noValidate
      aria-label="Edit win"
    >
      <label htmlFor={ids.text}>Your win</label>
      <textarea
        id={ids.text}
        className="composer-field"
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={3}
        autoFocus
        aria-describedby={`${ids.count} ${ids.problem}`}
      />
      <CharacterCount length={text.trim().length} id={ids.count} />
      <label htmlFor={ids.why}>Why it mattered (optional)</label>
      <textarea
        id={ids.why}
        className="composer-field composer-field-small"
        value={why}
        onChange={(event) => setWhy(event.target.value)}
        rows={2}
      />
      <label htmlFor={ids.tags}>Tags (optional, separated by commas)</label>
      <input id={ids.tags} className="text-input" value={tags} onChange={(event) => setTags(event.target.value)} />
      <ValueChips label="Values this win touched" values={values} chosen={valueIds} onChange={setValueIds} />
      <p id={ids.problem} role="alert" className="composer-problem">
        {problem ? saveProblemMessage[problem] : ''}
      </p>
      <div className="win-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          Save changes
        </button>
      </div>
    </form>
  );
}
