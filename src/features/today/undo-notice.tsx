import { useEffect, useRef } from 'react';
import { restoreWin } from '@/db/repo/wins';
import { useAppStore } from '@/store/store';

const OFFER_FOR_MS = 10_000;

/** After a delete: the win can be brought back with one tap. */
export function UndoNotice() {
  const undo = useAppStore((state) => state.undo);
  const offerUndo = useAppStore((state) => state.offerUndo);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!undo) return;
    undoButton.current?.focus();
    // Stays while focus is on it, so nobody loses the chance mid-thought.
    let timer = 0;
    const expire = () => {
      if (document.activeElement === undoButton.current) timer = window.setTimeout(expire, OFFER_FOR_MS);
      else offerUndo(null);
    };
    timer = window.setTimeout(expire, OFFER_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [undo, offerUndo]);

  if (!undo) return null;

  async function bringBack(winId: string, text: string) {
    await restoreWin(winId);
    offerUndo(null);
    useAppStore.getState().announce(`Restored: ${text}`);
  }

  return (
    <div className="notices-group">
      <div className="notice">
        <p>Win deleted.</p>
        <button ref={undoButton} type="button" className="button button-primary" onClick={() => void bringBack(undo.winId, undo.text)}>
          Undo
        </button>
        <button type="button" className="button" onClick={() => offerUndo(null)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
