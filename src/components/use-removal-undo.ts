import { useState } from 'react';
import type { EditableItem, ListEditorActions } from './list-editor';

export interface Removal {
  id: string;
  text: string;
  /** Where the item stood, and where the offer to undo stands in its place. */
  place: number;
  putBack: () => Promise<void>;
  undone: boolean;
}

/**
 * Remove, with the way back: the last item removed is offered back until the sheet closes or
 * another goes (one offer at a time, like the undo after deleting a win). `offer` is null once
 * there is nothing to offer, including once an undone item is back in the list that was read.
 */
export function useRemovalUndo(actions: ListEditorActions, items: readonly EditableItem[]) {
  const [removal, setRemoval] = useState<Removal | null>(null);

  async function remove(item: EditableItem, place: number) {
    const putBack = await actions.remove(item.id);
    if (putBack) setRemoval({ id: item.id, text: item.text, place, putBack, undone: false });
  }

  async function undo() {
    if (!removal) return;
    await removal.putBack();
    // The offer holds its place until the list read afresh has the item again, so the rows
    // below do not jump up and back down in between.
    setRemoval({ ...removal, undone: true });
  }

  const isBack = removal?.undone === true && items.some((item) => item.id === removal.id);
  return {
    offer: isBack ? null : removal,
    /** The item Undo brought back: its row takes focus as it returns, where the person was. */
    putBackId: removal?.undone ? removal.id : null,
    remove,
    undo,
  };
}
