import { useEffect, useRef } from 'react';
import { restoreWin } from '@/db/repo/wins';
import { useAppStore } from '@/store/store';

const OFFER_FOR_MS = 10_000;

/**
 * Focus for when the notice goes, which would otherwise drop it to the page: the heading of
 * today's list, where the deleted win stood, and not the field above, which would open a
 * phone's keyboard over the list. On a screen without the list, the screen itself.
 */
function focusNearTheList() {
  (document.getElementById('today-list-title') ?? document.getElementById('main'))?.focus();
}

/** After a delete: the win can be brought back with one tap. */
export function UndoNotice() {
  const undo = useAppStore((state) => state.undo);
  const offerUndo = useAppStore((state) => state.offerUndo);
  const undoButton = useRef<HTMLButtonElement>(null);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!undo) return;
    undoButton.current?.focus();
    // Stays while focus is on Undo or Dismiss, so nobody loses the chance mid-thought, nor
    // their place: going while focus was on Dismiss dropped it to the page.
    let timer = 0;
    const expire = () => {
      if (notice.current?.contains(document.activeElement)) timer = window.setTimeout(expire, OFFER_FOR_MS);
      else offerUndo(null);
    };
    timer = window.setTimeout(expire, OFFER_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [undo, offerUndo]);

  if (!undo) return null;

  async function bringBack(winId: string, text: string) {
    const { setRestoredId, announce } = useAppStore.getState();
    setRestoredId(winId);
    await restoreWin(winId);
    offerUndo(null);
    // Until the card is listed again (or where it is not listed, on another screen or day).
    if (useAppStore.getState().restoredId === winId) focusNearTheList();
    announce(`Restored: ${text}`);
  }

  return (
    <div className="notices-group">
      <div className="notice" ref={notice}>
        <p>Win deleted.</p>
        <button ref={undoButton} type="button" className="button button-primary" onClick={() => void bringBack(undo.winId, undo.text)}>
          Undo
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            offerUndo(null);
            focusNearTheList();
          }}
        >
          Dismiss
        </button>
      </div>
    </div>
  );
}
