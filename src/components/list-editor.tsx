import { useEffect, useId, useRef, useState } from 'react';
import { checkWinText } from '@/domain/win-text';
import { GrowingTextField } from './growing-text-field';
import { ListEditorRow } from './list-editor-row';
import { RemovalOffer } from './removal-offer';
import { useRemovalUndo } from './use-removal-undo';

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
  /** Removes one of the person's own items, and resolves to the way to put it back. */
  remove: (id: string) => Promise<(() => Promise<void>) | undefined>;
  restoreBuiltIns: () => Promise<void>;
}

/** One more thing a list offers on each item it shows, such as writing about a prompt. */
export interface ItemAction {
  label: string;
  run: (id: string) => void;
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
  itemAction?: ItemAction;
  onClose: () => void;
}

/** A modal sheet for a list the person can make their own: rename, hide, reorder, add, remove. */
export function ListEditor({ title, itemName, addLabel, hideLabel = 'Hide', items, actions, itemAction, onClose }: ListEditorProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [newText, setNewText] = useState('');
  const [problem, setProblem] = useState('');
  const { offer, putBackId, remove, undo } = useRemovalUndo(actions, items ?? []);
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

  async function add() {
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
  // The removed item may still be in a list read a moment before it went.
  const shown = items.filter((item) => item.id !== offer?.id);
  const rows = shown.map((item, index) => (
    <ListEditorRow
      key={item.id}
      item={item}
      label={`${itemName} ${index + 1}`}
      hideLabel={hideLabel}
      isFirst={index === 0}
      isLast={index === shown.length - 1}
      actions={actions}
      itemAction={itemAction}
      onRemove={() => void remove(item, index)}
      focusOnArrival={item.id === putBackId}
    />
  ));
  if (offer) rows.splice(offer.place, 0, <RemovalOffer key={`removed-${offer.id}`} text={offer.text} onUndo={() => void undo()} />);

  return (
    <dialog ref={dialog} className="sheet" aria-labelledby={ids.title} onClose={onClose}>
      <div className="sheet-header">
        <h2 id={ids.title}>{title}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </div>
      <ol className="pick-list">{rows}</ol>
      {anyHidden && (
        <button type="button" className="link-button" onClick={() => void actions.restoreBuiltIns()}>
          Show the hidden ones that came with the app
        </button>
      )}
      <form
        className="pick-add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
        noValidate
      >
        <label htmlFor={ids.add}>{addLabel}</label>
        <div className="pick-add-row">
          <GrowingTextField id={ids.add} value={newText} onChange={(event) => setNewText(event.target.value)} onEnter={() => void add()} />
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
