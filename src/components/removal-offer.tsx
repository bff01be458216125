import { useEffect, useId, useRef } from 'react';

interface RemovalOfferProps {
  text: string;
  onUndo: () => void;
}

/**
 * Where a removed item was: what went, and the way back. Focus moves to Undo as it appears (the
 * Remove button it replaces is gone, and focus would otherwise fall out of the sheet), so a
 * screen reader hears the button with what it brings back.
 */
export function RemovalOffer({ text, onUndo }: RemovalOfferProps) {
  const undo = useRef<HTMLButtonElement>(null);
  const messageId = useId();

  useEffect(() => {
    undo.current?.focus();
  }, []);

  return (
    <li>
      <div className="pick-removed" role="status">
        <span id={messageId}>Removed “{text}”.</span>{' '}
        <button ref={undo} type="button" className="button" onClick={onUndo} aria-describedby={messageId}>
          Undo
        </button>
      </div>
    </li>
  );
}
