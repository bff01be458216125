import { useEffect, useRef, useState } from 'react';
import { canShareFile, downloadFile, shareFile } from '@/components/save-file';
import { markBackedUp } from '@/db/repo/backup';
import type { PreparedFile } from './prepare-files';

export interface FileDelivery {
  busy: boolean;
  message: string;
  setMessage: (message: string) => void;
  /** A file made where sharing works, waiting for the person to choose: save it or share it. */
  ready: PreparedFile | null;
  /** The browser refused to share the ready file: only saving it is offered now. */
  shareRefused: boolean;
  prepare: (make: () => Promise<PreparedFile>) => Promise<void>;
  save: () => void;
  share: () => Promise<void>;
  forget: () => void;
}

/**
 * Making a file, then getting it to the person. Where this browser cannot share the file, it is
 * downloaded the moment it is made. Where it can, the file waits for a second tap on "Save to
 * this device" or "Share the file": making a large or sealed backup takes seconds, and by then
 * the first tap's user activation has expired and the browser refuses to open the share sheet.
 */
export function useFileDelivery(): FileDelivery {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [ready, setReady] = useState<PreparedFile | null>(null);
  const [shareRefused, setShareRefused] = useState(false);
  // A second tap lands before React has drawn the button as busy: the ref knows at once.
  const working = useRef(false);
  // The button that asked for the file. Save to this device and Share the file go once the file
  // is delivered, and focus would fall to the page: it goes back to where the person started.
  const opener = useRef<HTMLElement | null>(null);

  async function delivered(prepared: PreparedFile, how: 'saved' | 'shared') {
    setReady(null);
    const backup = prepared.backupOf !== undefined;
    setMessage(backup ? `Backup ${how}. Keep it somewhere safe, off this device too.` : `File ${how}.`);
    // The file is safe either way; only the reminder's date could be left behind.
    if (backup) {
      await markBackedUp(prepared.backupOf).catch(() =>
        setMessage(`Backup ${how}. Keep it somewhere safe, off this device too. (Its date could not be noted here.)`),
      );
    }
  }

  async function prepare(make: () => Promise<PreparedFile>) {
    if (working.current) return;
    working.current = true;
    opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setBusy(true);
    setReady(null);
    setShareRefused(false);
    setMessage('Preparing your file…');
    try {
      const prepared = await make();
      if (canShareFile(prepared.file)) {
        setReady(prepared);
        setMessage('Your file is ready. Save it to this device, or share it to another app.');
      } else {
        downloadFile(prepared.file);
        await delivered(prepared, 'saved');
      }
    } catch {
      setMessage('The file could not be made just now. Nothing was changed. Try again in a moment.');
    } finally {
      working.current = false;
      setBusy(false);
    }
  }

  /** Share the file, which held focus, is going: back to the opener, unless focus moved on meanwhile. */
  function returnFocus(from: Element | null) {
    const active = document.activeElement;
    if (active === from || active === document.body) opener.current?.focus();
  }

  function save() {
    if (!ready) return;
    opener.current?.focus();
    downloadFile(ready.file);
    void delivered(ready, 'saved');
  }

  async function share() {
    if (!ready) return;
    const from = document.activeElement;
    // Nothing is awaited before this call, so the tap's user activation still holds.
    const outcome = await shareFile(ready.file);
    if (outcome === 'shared') {
      returnFocus(from);
      await delivered(ready, 'shared');
    } else if (outcome === 'cancelled') setMessage('Not shared. Your file is still ready whenever you are.');
    else if (outcome === 'refused') {
      setShareRefused(true);
      setMessage('This browser will not share this kind of file. It is still ready: save it to this device, then send it on from your Files app if you like.');
    } else setMessage('The file could not be shared just now. It is still ready: save it to this device, or tap Share the file to try again.');
  }

  return { busy, message, setMessage, ready, shareRefused, prepare, save, share, forget: () => setReady(null) };
}

/**
 * What a button that makes a file carries while one is being made: it looks and is announced as
 * unavailable, yet keeps focus (a disabled button drops it to the page), and prepare() ignores it.
 */
export function busyButton(delivery: FileDelivery): { 'aria-disabled'?: true } {
  return delivery.busy ? { 'aria-disabled': true } : {};
}

/** The two choices for a file that is ready, shown only where this browser can share it. */
export function ReadyFile({ delivery }: { delivery: FileDelivery }) {
  const saveButton = useRef<HTMLButtonElement>(null);
  // The file is ready: the next step takes focus. And Share the file goes once refused, and with
  // it the focus: the one choice left takes it.
  useEffect(() => {
    if (delivery.ready || delivery.shareRefused) saveButton.current?.focus();
  }, [delivery.ready, delivery.shareRefused]);
  if (!delivery.ready) return null;
  return (
    <div className="pulled-actions">
      <button ref={saveButton} type="button" className="button button-primary" onClick={delivery.save}>
        Save to this device
      </button>
      {!delivery.shareRefused && (
        <button type="button" className="button" onClick={() => void delivery.share()}>
          Share the file
        </button>
      )}
    </div>
  );
}
