import { useId, useState, type SyntheticEvent } from 'react';
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

  async function unlock(event: SyntheticEvent) {
    event.preventDefault();
    setChecking(true);
    const { lock } = await readSettings();
    const ok = lock === null || (await checkPasscode(passcode, lock));
    setChecking(false);
    setPasscode('');
    if (ok) useAppStore.getState().unlock();
    else setProblem('That passcode does not match. Try again; it is the one you chose in Backups and your data.');
  }

  return (
    <div className="lock">
      <header className="screen-header">
        <p className="eyebrow">Small Wins is locked</p>
        <h1>Your journal is resting</h1>
      </header>
      <form className="panel" onSubmit={(event) => void unlock(event)} noValidate>
        <label htmlFor={id} className="composer-label">
          Passcode
        </label>
        <input
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
    </div>
  );
}
