import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { updateWin } from '@/db/repo/win-edits';
import { writeProblemOf } from '@/db/storage-problem';
import type { Win } from '@/domain/win';
import { editChangesWin, editOf, type WinEdit } from '@/domain/win-edit';
import { checkWinFields } from '@/domain/win-text';
import { caretToEnd } from '@/components/caret-to-end';
import { ValueChips } from '@/components/value-chips';
import { useValues } from '@/hooks/use-values';
import { useAppStore } from '@/store/store';
import { CharacterCount } from '@/components/character-count';
import { submitOnEnter } from '@/components/submit-on-enter';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import type { SaveProblem } from '@/hooks/use-save-win';
import { winEditWriter } from './win-edit-writers';

interface WinEditorProps {
  win: Win;
  /** Changes kept from an editor the lock or a reload took away: it opens with them. */
  kept?: WinEdit | undefined;
  onDone: () => void;
}

/**
 * Edits a win in place. Enter saves, as in the composer (Shift+Enter starts a new line). Cancel
 * leaves the win as it was; so does Escape, but with changes made it asks first, since a key
 * pressed to close a keyboard or a menu should not throw away words just written. Changes are
 * kept on the device as they are typed, until saved or let go.
 */
export function WinEditor({ win, kept, onDone }: WinEditorProps) {
  const [edit, setEdit] = useState<WinEdit>(() => kept ?? editOf(win));
  const { text, why, tags, valueIds } = edit;
  // Archived values stay on the wins that had them, and can be taken off, but not added anew.
  const values = useValues().filter((value) => !value.hidden || win.valueIds.includes(value.id));
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [askingToLeave, setAskingToLeave] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const textField = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), why: useId(), tags: useId(), count: useId(), problem: useId(), leave: useId() };
  const changed = editChangesWin(edit, win);
  const writer = winEditWriter(win.id);

  function change(next: Partial<WinEdit>) {
    const changes = { ...edit, ...next };
    setEdit(changes);
    writer.write(editChangesWin(changes, win) ? changes : null);
  }

  /** Closes the editor, letting go of any changes kept. */
  function leave() {
    writer.write(null);
    onDone();
  }

  useEffect(() => {
    if (askingToLeave) keepEditing.current?.focus();
  }, [askingToLeave]);

  // Opened with a tap, the field is where the person is going, the caret after the words (to
  // add to them, as people mostly do); opened again by itself (after the lock, or a reload),
  // focus stays where the screen put it.
  const openedByTap = kept === undefined;
  useEffect(() => {
    if (openedByTap && textField.current) caretToEnd(textField.current);
  }, [openedByTap]);

  function escape() {
    // A second Escape, once asked, is a clear answer.
    if (!changed || askingToLeave) leave();
    else setAskingToLeave(true);
  }

  async function save(event?: SyntheticEvent) {
    event?.preventDefault();
    const checked = checkWinFields({ text, why, tags });
    if (!checked.ok) return setProblem(checked.problem);
    // The save takes the kept changes away in its own transaction; writes wait for it, and what
    // was still waiting is dropped once it lands (written after, it would bring them back).
    await writer.idle();
    const saving = updateWin(win.id, { text: checked.text, why: checked.why, tags: checked.tags, valueIds });
    writer.holdUntil(saving);
    try {
      await saving;
    } catch (error) {
      return setProblem(writeProblemOf(error));
    }
    writer.drop();
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
      {kept && (
        <p className="note">Your changes from before are still here. Save them, or Cancel to keep the win as it was.</p>
      )}
      <label htmlFor={ids.text}>Your win</label>
      <textarea
        ref={textField}
        id={ids.text}
        className="composer-field"
        value={text}
        onChange={(event) => change({ text: event.target.value })}
        onKeyDown={submitOnEnter(() => void save())}
        rows={3}
        aria-describedby={`${ids.count} ${ids.problem}`}
      />
      <CharacterCount length={text.trim().length} id={ids.count} />
      <label htmlFor={ids.why}>Why it mattered (optional)</label>
      <textarea
        id={ids.why}
        className="composer-field composer-field-small"
        value={why}
        onChange={(event) => change({ why: event.target.value })}
        onKeyDown={submitOnEnter(() => void save())}
        rows={2}
      />
      <label htmlFor={ids.tags}>Tags (optional, separated by commas)</label>
      <input id={ids.tags} className="text-input" value={tags} onChange={(event) => change({ tags: event.target.value })} />
      <ValueChips label="Values this win touched" values={values} chosen={valueIds} onChange={(next) => change({ valueIds: next })} />
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
            <button type="button" className="button" onClick={leave}>
              Discard changes
            </button>
          </div>
        </div>
      )}
      <div className="win-actions">
        <button type="button" className="button" onClick={leave}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          Save changes
        </button>
      </div>
    </form>
  );
}
