import { useId, useState, type SyntheticEvent } from 'react';
import { deleteEverything } from '@/db/repo/backup';
import { useAppStore } from '@/store/store';

const CONFIRMATION = 'delete everything';

/** The one way to wipe the device, behind a typed confirmation and an offer to save a copy first. */
export function DeleteEverything() {
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState(false);
  const id = useId();

  async function remove(event: SyntheticEvent) {
    event.preventDefault();
    if (typed.trim().toLowerCase() !== CONFIRMATION) return;
    await deleteEverything();
    useAppStore.getState().clearDraftText();
    setTyped('');
    setDone(true);
  }

  return (
    <section className="panel" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete everything</h2>
      <p>
        This removes every win, slip, list and setting from this device, and cannot be undone. If there is any chance
        you will want them again, save a backup above first.
      </p>
      <form className="setting" onSubmit={(event) => void remove(event)}>
        <label htmlFor={id}>To go ahead, type “{CONFIRMATION}”</label>
        <input id={id} className="text-input" value={typed} autoComplete="off" onChange={(event) => setTyped(event.target.value)} />
        <button type="submit" className="button" disabled={typed.trim().toLowerCase() !== CONFIRMATION}>
          Delete everything on this device
        </button>
      </form>
      {done && <p role="status">Everything has been deleted from this device.</p>}
    </section>
  );
}
