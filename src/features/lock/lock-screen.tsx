import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useLocation } from 'wouter';
import { readSettings } from '@/db/repo/settings';
import { checkPasscode } from '@/domain/passcode';
import { useAppStore } from '@/store/store';
import { QuickLogWhileLocked } from './quick-log-while-locked';
import { SubmitRow } from '@/components/submit-row';

/** The journal is hidden until the passcode; a new win can still be written. */
export function LockScreen() {
  const [passcode, setPasscode] = useState('');
  const [problem, setProblem] = useState('');
  const [checking, setChecking] = useState(false);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // Shared in from another app while locked: the words wait in the address, unread, until the
  // journal opens, and then join the draft. Said, so nobody thinks they were lost.
  const [path] = useLocation();
  const sharedWaiting = path === '/share';
  useEffect(() => heading.current?.focus(), []);

  async function unlock(event: SyntheticEvent) {
    event.preventDefault();
    setChecking(true);
    let ok = false;
    try {
      const { lock } = await readSettings();
      ok = lock === null || (await checkPasscode(passcode, lock));
    } catch {
      // The passcode stays typed: the fault is not the person's.
      setChecking(false);
      setProblem('Small Wins could not check the passcode just now. Try Unlock again; if it keeps happening, reload the app.');
      return field.current?.focus();
    }
    setChecking(false);
    setPasscode('');
    if (ok) return useAppStore.getState().unlock();
    setProblem('That passcode does not match. Try again; it is the one you chose in Backups and your data.');
    // Unlock was disabled while checking, which drops focus from it: back to the field, to type again.
    field.current?.focus();
  }

  return (
    <div className="lock">
      <header className="screen-header">
        <p className="eyebrow">Small Wins is locked</p>
        {/* Focus comes here as the lock shows, so a screen reader says where the person is,
            and no keyboard pops up unasked for the passcode. */}
        <h1 tabIndex={-1} ref={heading}>
          Your journal is resting
        </h1>
      </header>
      {sharedWaiting && <p className="note">What you shared is waiting. It joins your draft on Today once you unlock.</p>}
      <form className="panel" onSubmit={(event) => void unlock(event)} noValidate>
        <label htmlFor={id} className="composer-label">
          Passcode
        </label>
        <input
          ref={field}
          id={id}
          type="password"
          inputMode="text"
          autoComplete="current-password"
          className="text-input"
          value={passcode}
          onChange={(event) => {
            setPasscode(event.target.value);
            setProblem('');
          }}
        />
        <SubmitRow message={problem} label={checking ? 'Checking…' : 'Unlock'} disabled={checking} />
      </form>
      <QuickLogWhileLocked />
      <details className="panel lock-forgotten">
        <summary>Forgot your passcode?</summary>
        <p>
          It cannot be looked up or reset: Small Wins keeps only a scrambled check of it, never the passcode itself.
        </p>
        <p>
          If you have a backup, you can start again. In your browser’s settings, clear the stored data for this site (that
          removes everything here, the lock too), open Small Wins, and bring the backup in from More, then Backups and
          your data. Wins written since that backup would be lost, so only do this when you are sure.
        </p>
        <p>
          On an iPhone or iPad, Small Wins opened from the Home Screen keeps its data apart from Safari’s: remove it from
          the Home Screen to clear it, then add it again from Safari and bring the backup in.
        </p>
      </details>
    </div>
  );
}
