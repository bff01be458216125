import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { updateWin } from '@/db/repo/win-edits';
import { formatTags } from '@/domain/tags';
import type { Win } from '@/domain/win';
import { checkWinFields } from '@/domain/win-text';
import { ValueChips } from '@/components/value-chips';
import { useValues } from '@/hooks/use-values';
import { useAppStore } from '@/store/store';
import { CharacterCount } from './character-count';
import { submitOnEnter } from './submit-on-enter';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import type { SaveProblem } from '@/hooks/use-save-win';

/**
 * Edits a win in place. Enter saves, as in the composer (Shift+Enter starts a new line). Cancel
 * leaves the win as it was; so does Escape, but with changes made it asks first, since a key
 * pressed to close a keyboard or a menu should not throw away words just written.
 */
export function WinEditor({ win, onDone }: { win: Win; onDone: () => void }) {
  const [text, setText] = useState(win.text);
  const [why, setWhy] = useState(win.why);
  const [tags, setTags] = useState(formatTags(win.tags));
  const [valueIds, setValueIds] = useState(win.valueIds);
  // Archived values stay on the wins that had them, and can be taken off, but not added anew.
  const values = useValues().filter((value) => !value.hidden || win.valueIds.includes(value.id));
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [askingToLeave, setAskingToLeave] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const textField = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), why: useId(), tags: useId(), count: useId(), problem: useId(), leave: useId() };
  // Values in any order are the same values: one taken off and put back is no change.
  const sameValues = [...valueIds].sort().join() === [...win.valueIds].sort().join();
  const changed = text !== win.text || why !== win.why || tags !== formatTags(win.tags) || !sameValues;

  useEffect(() => {
    if (askingToLeave) keepEditing.current?.focus();
  }, [askingToLeave]);

  function escape() {
    // A second Escape, once asked, is a clear answer.
    if (!changed || askingToLeave) onDone();
    else setAskingToLeave(true);
  }

  async function save(event?: SyntheticEvent) {
    event?.preventDefault();
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
        if (event.key === 'Escape') escape();
      }}
      noValidate
      aria-label="Edit win"
    >
      <label htmlFor={ids.text}>Your win</label>
      <textarea
        ref={textField}
        id={ids.text}
        className="composer-field"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={submitOnEnter(() => void save())}
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
        onKeyDown={submitOnEnter(() => void save())}
        rows={2}
      />
      <label htmlFor={ids.tags}>Tags (optional, separated by commas)</label>
      <input id={ids.tags} className="text-input" value={tags} onChange={(event) => setTags(event.target.value)} />
      <ValueChips label="Values this win touched" values={values} chosen={valueIds} onChange={setValueIds} />
      <p id={ids.problem} role="alert" className="composer-problem">
        {problem ? saveProblemMessage[problem] : ''}
      </p>
      {askingToLeave && (
        <div className="win-editor-leave" role="group" aria-labelledby={ids.leave}>
          <p id={ids.leave}>Leave your changes unsaved?</p>
          <div className="win-actions">
            <button
              ref={keepEditing}
              type="button"
              className="button"
              onClick={() => {
                setAskingToLeave(false);
                textField.current?.focus();
              }}
            >
              Keep editing
            </button>
            <button type="button" className="button" onClick={onDone}>
              Discard changes
            </button>
          </div>
        </div>
      )}
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
