import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { forgetDeviceKeys } from '@/db/device-keys';
import { deleteEverything } from '@/db/repo/backup';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useAppStore } from '@/store/store';
import { busyButton, ReadyFile, useFileDelivery } from './file-delivery';
import { prepareFile } from './prepare-files';

const CONFIRMATION = 'delete everything';

/**
 * The one way to wipe the device, behind a typed confirmation and an offer to save a copy first.
 * `onDeleting` lets the screen clear what its other panels last said ("Backup saved", "Done: 3
 * entries brought in", a preview's counts), which speak of what is about to go. As the delete
 * starts, not once it is done: a file picked meanwhile then lands in the fresh panel and stays.
 */
export function DeleteEverything({ onDeleting }: { onDeleting?: () => void }) {
  const today = useCurrentDay();
  const [typed, setTyped] = useState('');
  const [outcome, setOutcome] = useState<'done' | 'refused' | null>(null);
  const delivery = useFileDelivery();
  const id = useId();
  const confirmed = typed.trim().toLowerCase() === CONFIRMATION;
  const done = useRef<HTMLParagraphElement>(null);
  // The delete button is disabled as the field empties, which drops focus from it: the outcome takes it.
  useEffect(() => {
    if (outcome === 'done') done.current?.focus();
  }, [outcome]);

  async function remove(event: SyntheticEvent) {
    event.preventDefault();
    if (!confirmed) return;
    onDeleting?.();
    try {
      await deleteEverything();
    } catch {
      // One transaction: when it fails, nothing at all was deleted.
      setOutcome('refused');
      return;
    }
    // The copies kept for the first paint go too (the day's prompt can be the person's own
    // words), and the lock hint, since the lock was a setting and is gone.
    forgetDeviceKeys();
    useAppStore.getState().clearDraftText();
    delivery.forget();
    setTyped('');
    setOutcome('done');
  }

  return (
    <section className="panel" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete everything</h2>
      <p>
        This removes every win, slip, list and setting from this device, and cannot be undone. If there is any chance
        you will want them again, save a backup first.
      </p>
      <div className="pulled-actions">
        <button type="button" className="button" {...busyButton(delivery)} onClick={() => void delivery.prepare(() => prepareFile({ kind: 'make', today, file: 'backup' }))}>
          Save a backup first
        </button>
      </div>
      <p role="status" className="field-hint">
        {delivery.message}
      </p>
      <ReadyFile delivery={delivery} />
      <form className="setting" onSubmit={(event) => void remove(event)}>
        <label htmlFor={id}>To go ahead, type “{CONFIRMATION}”</label>
        <input id={id} className="text-input" value={typed} autoComplete="off" onChange={(event) => setTyped(event.target.value)} />
        <button type="submit" className="button" disabled={!confirmed}>
          Delete everything on this device
        </button>
      </form>
      {outcome === 'done' && (
        <p role="status" tabIndex={-1} ref={done}>
          Everything has been deleted from this device.
        </p>
      )}
      {outcome === 'refused' && (
        <p role="alert" className="composer-problem">
          Nothing was deleted: this device’s storage did not answer just now, so everything is still here. Try again in a
          moment.
        </p>
      )}
    </section>
  );
}
