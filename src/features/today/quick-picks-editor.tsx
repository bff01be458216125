import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import {
  addQuickPick,
  editQuickPick,
  listQuickPicks,
  moveQuickPick,
  removeQuickPick,
  setQuickPickHidden,
} from '@/db/repo/quick-picks';
import { checkWinText } from '@/domain/win-text';

/** A modal sheet for the person's own list: add, rename, hide, reorder. */
export function QuickPicksEditor({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const picks = useLiveQuery(listQuickPicks, []);
  const [newText, setNewText] = useState('');
  const [problem, setProblem] = useState('');
  const ids = { title: useId(), add: useId() };

  useEffect(() => {
    // showModal traps focus inside and hands it back to the opener on close.
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  async function add(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkWinText(newText);
    if (!checked.ok) {
      setProblem('Write a few words for your quick pick first.');
      return;
    }
    await addQuickPick(checked.text);
    setNewText('');
    setProblem('');
  }

  return (
    <dialog ref={dialog} className="sheet" aria-labelledby={ids.title} onClose={onClose}>
      <div className="sheet-header">
        <h2 id={ids.title}>Your quick picks</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </div>
      <ol className="pick-list">
        {(picks ?? []).map((pick, index) => (
          <li key={pick.id} className={pick.hidden ? 'pick-row pick-row-hidden' : 'pick-row'}>
            <input
              className="text-input"
              aria-label={`Quick pick ${index + 1}`}
              defaultValue={pick.text}
              onBlur={(event) => {
                const checked = checkWinText(event.target.value);
                if (checked.ok && checked.text !== pick.text) void editQuickPick(pick.id, checked.text);
              }}
            />
            <div className="pick-row-actions">
              <button
                type="button"
                className="button button-quiet"
                disabled={index === 0}
                onClick={() => void moveQuickPick(pick.id, -1)}
                aria-label={`Move “${pick.text}” up`}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={index === (picks?.length ?? 0) - 1}
                onClick={() => void moveQuickPick(pick.id, 1)}
                aria-label={`Move “${pick.text}” down`}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-pressed={pick.hidden}
                onClick={() => void setQuickPickHidden(pick.id, !pick.hidden)}
                aria-label={`Hide “${pick.text}”`}
              >
                Hide
              </button>
              {!pick.builtIn && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void removeQuickPick(pick.id)}
                  aria-label={`Remove “${pick.text}”`}
                >
                  Remove
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <form className="pick-add" onSubmit={(event) => void add(event)} noValidate>
        <label htmlFor={ids.add}>Add your own, in your own words</label>
        <div className="pick-add-row">
          <input id={ids.add} className="text-input" value={newText} onChange={(event) => setNewText(event.target.value)} />
          <button type="submit" className="button button-primary">
            Add
          </button>
        </div>
        <p role="alert" className="composer-problem">
          {problem}
        </p>
      </form>
    </dialog>
  );
}
