import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { writeSetting } from '@/db/repo/settings';
import { classifyStorageError } from '@/db/storage-problem';
import { checkPasscode, hashPasscode } from '@/domain/passcode';
import { useSettings } from '@/hooks/use-settings';
import { WrappingSelect } from '@/components/wrapping-select';

const delays = [
  { value: '0', label: 'As soon as it is in the background' },
  { value: '1', label: 'After a minute in the background' },
  { value: '5', label: 'After 5 minutes in the background' },
  { value: '15', label: 'After 15 minutes in the background' },
];
const MIN_LENGTH = 4;
/** A write that did not happen leaves the lock as it was, and says so. */
const notSaved = (error: unknown) =>
  classifyStorageError(error) === 'full'
    ? 'Your device’s storage is full, so the lock is as it was. Free up some space and try again.'
    : 'That could not be saved just now, so the lock is as it was. Try again.';
const delayLabel = (minutes: number) => delays.find((delay) => delay.value === String(minutes))?.label ?? `After ${minutes} minutes in the background`;

/** An optional passcode lock, and a plain account of what it does and does not protect. */
export function LockSettings() {
  const { lock } = useSettings();
  const [passcode, setPasscode] = useState('');
  const [again, setAgain] = useState('');
  const [afterMinutes, setAfterMinutes] = useState(1);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { pass: useId(), again: useId(), delay: useId() };
  const messageLine = useRef<HTMLParagraphElement>(null);
  const passField = useRef<HTMLInputElement>(null);
  // Turning the lock on or off swaps one form for the other, and the button pressed goes with
  // it: the message saying what happened takes focus, rather than the page.
  const [swapped, setSwapped] = useState(0);
  useEffect(() => {
    if (swapped > 0) messageLine.current?.focus();
  }, [swapped]);

  // While the passcode is hashed the button shows it is busy, yet keeps focus (disabled, it would drop it).
  const busyProps = busy ? { 'aria-disabled': true as const } : {};

  /** Done, and the form has changed under the person. */
  function finished(words: string) {
    setMessage(words);
    setSwapped((count) => count + 1);
  }

  async function turnOn(event: SyntheticEvent) {
    event.preventDefault();
    if (busy) return;
    if (passcode.length < MIN_LENGTH) return setMessage(`Choose a passcode of at least ${MIN_LENGTH} characters.`);
    if (passcode !== again) return setMessage('The two passcodes are not the same yet. Type them again.');
    setBusy(true);
    try {
      await writeSetting('lock', { ...(await hashPasscode(passcode)), afterMinutes });
    } catch (error) {
      return setMessage(notSaved(error));
    } finally {
      setBusy(false);
    }
    setPasscode('');
    setAgain('');
    finished('The lock is on. Small Wins will ask for this passcode when it opens.');
  }

  async function turnOff(event: SyntheticEvent) {
    event.preventDefault();
    if (!lock || busy) return;
    setBusy(true);
    try {
      const ok = await checkPasscode(passcode, lock);
      setPasscode('');
      if (!ok) {
        setMessage('That passcode does not match, so the lock stays on.');
        // The field was emptied: ready to type the passcode again.
        return passField.current?.focus();
      }
      await writeSetting('lock', null);
    } catch (error) {
      return setMessage(notSaved(error));
    } finally {
      setBusy(false);
    }
    finished('The lock is off.');
  }

  /** With the lock on, its delay can change without setting the passcode again. */
  async function changeDelay(minutes: number) {
    if (!lock) return;
    try {
      await writeSetting('lock', { ...lock, afterMinutes: minutes });
    } catch (error) {
      return setMessage(notSaved(error));
    }
    setMessage(`The lock now comes on ${delayLabel(minutes).toLowerCase()}.`);
  }

  return (
    <section className="panel" aria-labelledby="lock-title">
      <h2 id="lock-title">Lock with a passcode</h2>
      <p>
        <strong>What it does:</strong> hides your journal from someone who picks up your phone while it is unlocked. You
        can still write a new win while Small Wins is locked; nothing already written shows.
      </p>
      <p>
        <strong>What it does not do:</strong> scramble what is stored. Someone with your phone’s files, or the browser’s
        developer tools, could still read it. Your phone’s own lock and a sealed backup protect against that.
      </p>
      <p>
        <strong>If you forget the passcode,</strong> no one can get it back, not even Small Wins. While you use the lock, keep
        a backup.
      </p>
      <p>
        <strong>When it locks:</strong> “as soon as it is in the background” hides the journal the moment you leave the
        app (picking a file or sharing from Small Wins gives you a couple of minutes). With a delay, your phone’s app
        switcher may show the last screen until the delay has passed.
      </p>
      {lock && (
        <div className="setting">
          <label htmlFor={ids.delay}>Lock</label>
          <WrappingSelect
            id={ids.delay}
            choices={delays}
            value={String(lock.afterMinutes)}
            onChange={(event) => void changeDelay(Number(event.target.value))}
          />
        </div>
      )}
      {lock ? (
        <form className="setting" onSubmit={(event) => void turnOff(event)}>
          <label htmlFor={ids.pass}>To turn the lock off, enter the passcode</label>
          <input ref={passField} id={ids.pass} type="password" autoComplete="current-password" className="text-input" value={passcode} onChange={(event) => setPasscode(event.target.value)} />
          <button type="submit" className="button" {...busyProps}>
            Turn the lock off
          </button>
        </form>
      ) : (
        <form className="setting" onSubmit={(event) => void turnOn(event)}>
          <label htmlFor={ids.pass}>New passcode</label>
          <input id={ids.pass} type="password" autoComplete="new-password" className="text-input" value={passcode} onChange={(event) => setPasscode(event.target.value)} />
          <label htmlFor={ids.again}>The same passcode again</label>
          <input id={ids.again} type="password" autoComplete="new-password" className="text-input" value={again} onChange={(event) => setAgain(event.target.value)} />
          <label htmlFor={ids.delay}>Lock</label>
          <WrappingSelect
            id={ids.delay}
            choices={delays}
            value={String(afterMinutes)}
            onChange={(event) => setAfterMinutes(Number(event.target.value))}
          />
          <button type="submit" className="button button-primary" {...busyProps}>
            {busy ? 'Setting the lock…' : 'Turn the lock on'}
          </button>
        </form>
      )}
      <p role="status" className="field-hint" tabIndex={-1} ref={messageLine}>
        {message}
      </p>
    </section>
  );
}
