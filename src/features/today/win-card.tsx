import { Suspense, useEffect, useRef, useState } from 'react';
import { deleteWin, setWinInJar } from '@/db/repo/wins';
import type { Win } from '@/domain/win';
import type { WinEdit } from '@/domain/win-edit';
import { useAppStore } from '@/store/store';
import { retryableLazy } from '@/components/retryable-lazy';
import { ShareWinButton } from '@/components/share-win-button';
import { quoted } from '@/domain/quoted';

/** Names to show for the ids a win holds; renaming a value or a goal shows up everywhere at once. */
// Editing is occasional, so the editor loads when first asked for.
const WinEditor = retryableLazy(() => import('./win-editor').then((m) => m.WinEditor));

export interface WinNames {
  values: ReadonlyMap<string, string>;
  goals: ReadonlyMap<string, string>;
}

interface WinCardProps {
  win: Win;
  names: WinNames;
  /** Unsaved changes kept from an editor the lock or a reload took away: it opens again with them. */
  keptEdit?: WinEdit | undefined;
}

export function WinCard({ win, names, keptEdit }: WinCardProps) {
  const [resumedEdit, setResumedEdit] = useState(keptEdit);
  const [editing, setEditing] = useState(keptEdit !== undefined);
  const justSavedId = useAppStore((state) => state.justSavedId);
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Brought back by Undo: the person carries on from this card.
    const { restoredId, setRestoredId } = useAppStore.getState();
    if (restoredId !== win.id) return;
    setRestoredId(null);
    editButton.current?.focus();
  }, [win.id]);

  async function remove() {
    await deleteWin(win.id);
    const { offerUndo, announce } = useAppStore.getState();
    offerUndo({ winId: win.id, text: win.text });
    announce(`Deleted: ${win.text}. Undo is available.`);
  }

  if (editing) {
    return (
      <li className="win-card">
        <Suspense fallback={<p className="win-text">{win.text}</p>}>
          <WinEditor
            win={win}
            kept={resumedEdit}
            onDone={() => {
              setEditing(false);
              setResumedEdit(undefined);
              // Back to where the person was, once the card is shown again.
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        </Suspense>
      </li>
    );
  }

  return (
    <li className={win.id === justSavedId ? 'win-card win-card-new' : 'win-card'}>
      {win.foundInStruggle === 1 && <p className="marker">Found in a hard day</p>}
      <p className="win-text">{win.text}</p>
      {win.why && (
        <p className="win-why">
          <span className="visually-hidden">Why it mattered: </span>
          {win.why}
        </p>
      )}
      {win.struggle && (
        <p className="win-why">
          <span className="visually-hidden">What was hard, kept private: </span>
          <span aria-hidden="true">What was hard: </span>
          {win.struggle}
        </p>
      )}
      {win.goalId && names.goals.has(win.goalId) && (
        <p className="win-why">Goal: {names.goals.get(win.goalId)}</p>
      )}
      {win.valueIds.length > 0 && (
        <ul className="tags" aria-label="Values">
          {win.valueIds.map((id) => (
            <li key={id} className="tag tag-value">
              {names.values.get(id) ?? 'A value you removed'}
            </li>
          ))}
        </ul>
      )}
      {win.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {win.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div className="win-actions">
        <button
          ref={editButton}
          type="button"
          className="button button-quiet"
          onClick={() => setEditing(true)}
          aria-label={`Edit ${quoted(win.text)}`}
        >
          Edit
        </button>
        <ShareWinButton win={win} />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void setWinInJar(win.id, win.inJar === 0)}
          aria-label={win.inJar === 1 ? `Take ${quoted(win.text)} out of the jar` : `Put ${quoted(win.text)} in the jar`}
        >
          {win.inJar === 1 ? 'Take out of jar' : 'Put in jar'}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void remove()}
          aria-label={`Delete ${quoted(win.text)}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
