import { checkWinText } from '@/domain/win-text';
import { GrowingTextField } from './growing-text-field';
import type { EditableItem, ItemAction, ListEditorActions } from './list-editor';
import { quoted } from '@/domain/quoted';

interface ListEditorRowProps {
  item: EditableItem;
  /** Its label, such as "Prompt 3". */
  label: string;
  hideLabel: string;
  isFirst: boolean;
  isLast: boolean;
  actions: ListEditorActions;
  itemAction: ItemAction | undefined;
  onRemove: () => void;
  /** True for an item just put back by Undo: focus returns to it, where the person was. */
  focusOnArrival: boolean;
}

/** One item of a list editor: its words, and what can be done with it. */
export function ListEditorRow({ item, label, hideLabel, isFirst, isLast, actions, itemAction, onRemove, focusOnArrival }: ListEditorRowProps) {
  function saveEdit(field: HTMLTextAreaElement) {
    const checked = checkWinText(field.value);
    if (checked.ok && checked.text !== item.text) void actions.edit(item.id, checked.text);
  }

  return (
    <li className={item.hidden ? 'pick-row pick-row-hidden' : 'pick-row'}>
      <GrowingTextField
        aria-label={label}
        defaultValue={item.text}
        // React focuses an autoFocus field as it is added, and only then: the row put back by Undo.
        autoFocus={focusOnArrival}
        onBlur={(event) => saveEdit(event.target)}
        onEnter={saveEdit}
      />
      <div className="pick-row-actions">
        <button type="button" className="button button-quiet" disabled={isFirst} onClick={() => void actions.move(item.id, -1)} aria-label={`Move ${quoted(item.text)} up`}>
          ↑
        </button>
        <button type="button" className="button button-quiet" disabled={isLast} onClick={() => void actions.move(item.id, 1)} aria-label={`Move ${quoted(item.text)} down`}>
          ↓
        </button>
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={item.hidden}
          onClick={() => void actions.setHidden(item.id, !item.hidden)}
          aria-label={`${hideLabel} ${quoted(item.text)}`}
        >
          {hideLabel}
        </button>
        {!item.builtIn && (
          <button type="button" className="button button-quiet" onClick={onRemove} aria-label={`Remove ${quoted(item.text)}`}>
            Remove
          </button>
        )}
        {itemAction && !item.hidden && (
          <button type="button" className="button button-quiet pick-row-choose" onClick={() => itemAction.run(item.id)} aria-label={`${itemAction.label}: ${quoted(item.text)}`}>
            {itemAction.label}
          </button>
        )}
      </div>
    </li>
  );
}
