import { useEffect, useRef, useState } from 'react';
import { saveFile } from '@/components/save-file';
import type { Win } from '@/domain/win';
import { drawWinCard } from './win-card-image';

/** Sharing one chosen win: as text, as an image card, or copied. Nothing leaves without a tap. */
export function ShareWinSheet({ win, onClose }: { win: Win; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');
  const text = win.why ? `${win.text}\n\nWhy it mattered: ${win.why}` : win.text;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  async function run(action: () => Promise<void>, done: string) {
    try {
      await action();
      setMessage(done);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setMessage('That did not go through. Try copying the text instead.');
    }
  }

  const canShare = 'share' in navigator;
  const shareText = () => navigator.share({ text });
  const copyText = () => navigator.clipboard.writeText(text);
  const shareImage = async () => {
    const blob = await drawWinCard(win.text, window.matchMedia('(prefers-color-scheme: dark)').matches);
    await saveFile([blob], 'small-win.png', 'image/png', true);
  };

  return (
    <dialog ref={dialog} className="sheet" aria-labelledby={`share-${win.id}`} onClose={onClose}>
      <div className="sheet-header">
        <h2 id={`share-${win.id}`}>Share this win</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </div>
      <p className="win-text">{win.text}</p>
      <p className="field-hint">Only this win is shared, and only where you send it.</p>
      <div className="pulled-actions">
        {canShare && (
          <button type="button" className="button button-primary" onClick={() => void run(shareText, '')}>
            Share as text
          </button>
        )}
        <button type="button" className="button" onClick={() => void run(shareImage, canShare ? '' : 'Image saved.')}>
          Share as an image
        </button>
        <button type="button" className="button" onClick={() => void run(copyText, 'Copied. Paste it wherever you like.')}>
          Copy the text
        </button>
      </div>
      <p role="status" className="field-hint">
        {message}
      </p>
    </dialog>
  );
}
