import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { checkWinText } from '@/domain/win-text';

export interface EditableItem {
  id: string;
  text: string;
  hidden: boolean;
  builtIn: boolean;
}

export interface ListEditorActions {
  add: (text: string) => Promise<void>;
  edit: (id: string, text: string) => Promise<void>;
  setHidden: (id: string, hidden: boolean) => Promise<void>;
  move: (id: string, step: -1 | 1) => Promise<void>;
  remove: (id: string) => Promise<void>;
  restoreBuiltIns: () => Promise<void>;
}

interface ListEditorProps {
  title: string;
  /** What one item is called in labels, such as "Quick pick" or "Prompt". */
  itemName: string;
  addLabel: string;
  /** The word for hiding, such as "Archive" for values. */
  hideLabel?: string;
  items: readonly EditableItem[] | undefined;
  actions: ListEditorActions;
  onClose: () => void;
}

/** A modal sheet for a list the person can make their own: rename, hide, reorder, add. */
export function ListEditor({ title, itemName, addLabel, hideLabel = 'Hide', items, actions, onClose }: ListEditorProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [newText, setNewText] = useState('');
  const [problem, setProblem] = useState('');
  const ids = { title: useId(), add: useId() };
  const anyHidden = (items ?? []).some((item) => item.builtIn && item.hidden);

  const loaded = items !== undefined;
  useEffect(() => {
    // Opened once the list is read, so the sheet does not rise empty and then grow under a
    // thumb. showModal keeps focus inside and hands it back to the opener on close.
    if (!loaded) return;
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, [loaded]);

  async function add(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkWinText(newText);
    if (!checked.ok) {
      setProblem(`Write a few words for your ${itemName.toLowerCase()} first.`);
      return;
    }
    await actions.add(checked.text);
    setNewText('');
    setProblem('');
  }

  if (!loaded) return null;
  return (
    <dialog ref={dialog} className="sheet" aria-labelledby={ids.title} onClose={onClose}>
      <div className="sheet-header">
        <h2 id={ids.title}>{title}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </div>
      <ol className="pick-list">
        {items.map((item, index) => (
          <li key={item.id} className={item.hidden ? 'pick-row pick-row-hidden' : 'pick-row'}>
            <input
              className="text-input"
              aria-label={`${itemName} ${index + 1}`}
              defaultValue={item.text}
              onBlur={(event) => {
                const checked = checkWinText(event.target.value);
                if (checked.ok && checked.text !== item.text) void actions.edit(item.id, checked.text);
              }}
            />
            <div className="pick-row-actions">
              <button
                type="button"
                className="button button-quiet"
                disabled={index === 0}
                onClick={() => void actions.move(item.id, -1)}
                aria-label={`Move “${item.text}” up`}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={index === items.length - 1}
                onClick={() => void actions.move(item.id, 1)}
                aria-label={`Move “${item.text}” down`}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-quiet"
                aria-pressed={item.hidden}
                onClick={() => void actions.setHidden(item.id, !item.hidden)}
                aria-label={`${hideLabel} “${item.text}”`}
              >
                {hideLabel}
              </button>
              {!item.builtIn && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void actions.remove(item.id)}
                  aria-label={`Remove “${item.text}”`}
                >
                  Remove
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {anyHidden && (
        <button type="button" className="link-button" onClick={() => void actions.restoreBuiltIns()}>
          Show the hidden ones that came with the app
        </button>
      )}
      <form className="pick-add" onSubmit={(event) => void add(event)} noValidate>
        <label htmlFor={ids.add}>{addLabel}</label>
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
