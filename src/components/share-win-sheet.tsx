import { useEffect, useRef, useState } from 'react';
import { endBriefAwaySoon, expectBriefAway } from '@/components/brief-away';
import { copyText } from '@/components/copy-text';
import { canShareFile, downloadFile } from '@/components/save-file';
import type { Win } from '@/domain/win';
import { drawWinCard } from './win-card-image';

const imageName = 'small-win.png';

// Asked before the card is drawn, so the button is named for what it will do from the start:
// where the browser cannot share a PNG, the same tap saves the image instead.
const imageShares = () => canShareFile(new File([], imageName, { type: 'image/png' }));

/** What the sheet shares: the words and why they mattered, never tags, values or what was hard. */
export type SharedWin = Pick<Win, 'id' | 'text' | 'why'>;

/**
 * Sharing one chosen win: as text, as an image card, or copied. Nothing leaves without a tap.
 * Opened from a win on Today, a day in Look back and a win pulled from the jar.
 */
export function ShareWinSheet({ win, onClose }: { win: SharedWin; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');
  // The card, drawn as the sheet opens. Browsers (Safari most of all) let a page open the share
  // sheet only straight from a tap; drawing after the tap used up that moment.
  const image = useRef<Promise<File> | null>(null);
  const ready = useRef<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [sharesImage] = useState(imageShares);
  const text = win.why ? `${win.text}\n\nWhy it mattered: ${win.why}` : win.text;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    const drawing = drawWinCard(win.text, dark).then((blob) => new File([blob], imageName, { type: 'image/png' }));
    image.current = drawing;
    ready.current = null;
    let url: string | null = null;
    // Closed (or the win changed) while the card was drawn: that card is not this sheet's.
    let current = true;
    drawing
      .then((file) => {
        if (!current) return;
        ready.current = file;
        // What the image will look like, before anything is sent.
        url = URL.createObjectURL(file);
        setPreview(url);
      })
      .catch(() => undefined);
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [win.text]);

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
  const shareText = () => {
    expectBriefAway();
    return navigator.share({ text }).finally(endBriefAwaySoon);
  };
  const words = useRef<HTMLDivElement>(null);

  async function copy() {
    if (await copyText(text)) return setMessage('Copied. Paste it wherever you like.');
    // Nothing here may copy: the words are selected instead, for the person to copy themselves.
    const selection = getSelection();
    if (words.current && selection) selection.selectAllChildren(words.current);
    setMessage('This browser would not let Small Wins copy. The words are selected above, ready to copy yourself.');
  }

  function shareImage() {
    const file = ready.current;
    // Called before any await while the card is ready, so the tap still counts.
    const sharing = file ? sendImage(file) : image.current?.then(sendImage);
    void sharing?.catch(() => setMessage('The image could not be made here. Try sharing or copying the text instead.'));
  }

  async function sendImage(file: File) {
    if (!canShareFile(file)) {
      downloadFile(file);
      setMessage('Image saved to your downloads.');
      return;
    }
    try {
      expectBriefAway();
      await navigator.share({ files: [file], title: 'A small win' }).finally(endBriefAwaySoon);
      setMessage('');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      // Not allowed just now (or the share sheet could not open): keep the image another way.
      downloadFile(file);
      setMessage('The share sheet did not open, so the image was saved to your downloads instead.');
    }
  }

  return (
    <dialog ref={dialog} className="sheet" aria-labelledby={`share-${win.id}`} onClose={onClose}>
      <div className="sheet-header">
        <h2 id={`share-${win.id}`}>Share this win</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Done
        </button>
      </div>
      <div className="share-preview">
        {/* Its space is kept while the card is drawn, so nothing below moves when it comes. */}
        <div className="share-card-preview">{preview && <img src={preview} alt="" width={1080} height={1080} />}</div>
        <div className="share-preview-words" ref={words}>
          <p className="win-text">{win.text}</p>
          {win.why && <p className="win-why">Why it mattered: {win.why}</p>}
        </div>
      </div>
      <p className="field-hint">
        Only this win is shared, and only where you send it.
        {win.why && ' As text it comes with why it mattered; the image shows the win alone.'}
      </p>
      <div className="pulled-actions">
        {canShare && (
          <button type="button" className="button button-primary" onClick={() => void run(shareText, '')}>
            Share as text
          </button>
        )}
        <button type="button" className="button" onClick={shareImage}>
          {sharesImage ? 'Share as an image' : 'Save as an image'}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy the text
        </button>
      </div>
      <p role="status" className="field-hint">
        {message}
      </p>
    </dialog>
  );
}
