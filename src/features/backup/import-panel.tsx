import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { endBriefAwaySoon, expectBriefAway } from '@/components/brief-away';
import { noteLoggedDay } from '@/db/repo/logged-day';
import { useCurrentDay } from '@/hooks/use-current-day';
import { backupCryptoMessage } from '@/domain/backup-crypto-error';
import { IMPORT_MAX_BYTES } from '@/domain/read-import';
import { HEAD_CHARS, ownFileKind } from '@/domain/own-file-kind';
import {
  bringingInStoppedMessage,
  importProblemMessage,
  importStoppedMessage,
  passphraseNeededMessage,
  previewFailedMessage,
  readingStoppedMessage,
  unopenedMessage,
  unreadableFileMessage,
} from './import-messages';
import { ImportPreviewStep } from './import-preview';
import { checkPickedBackup, type CheckedBackup, type PickedRead } from './read-backup';

type Stage =
  | { step: 'idle' }
  | { step: 'passphrase'; sealed: Blob; opening: boolean }
  | { step: 'reading'; progress: number }
  | { step: 'preview'; backup: CheckedBackup; takeFocus: boolean }
  | { step: 'writing'; progress: number }
  | { step: 'done'; written: number };

// A sealed file carries the export as base64, a third larger than the export itself, after a
// header of a few hundred bytes.
const SEALED_MAX_BYTES = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + HEAD_CHARS;

/** Whether a picked file is too big to be any backup, found from its size before it is read. */
async function tooLarge(file: File): Promise<boolean> {
  if (file.size <= IMPORT_MAX_BYTES) return false;
  if (file.size > SEALED_MAX_BYTES) return true;
  return ownFileKind(await file.slice(0, HEAD_CHARS).text()) !== 'sealed-backup';
}

function entries(count: number): string {
  return count === 1 ? '1 entry' : `${count.toLocaleString('en')} entries`;
}

/** Bringing a backup in: checked first, previewed, then merged all at once or not at all. */
export function ImportPanel() {
  const today = useCurrentDay();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [problem, setProblem] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const ids = { file: useId(), pass: useId(), problem: useId() };
  const passphraseField = useRef<HTMLInputElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  const problemMessage = useRef<HTMLParagraphElement>(null);
  // A second tap lands before React has drawn the button disabled: the ref knows at once.
  const opening = useRef(false);
  const [focusProblem, setFocusProblem] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  // The checked file waiting to be brought in, held by its worker: let go when another file is
  // picked, the preview is cancelled, or the panel goes (Delete everything, leaving the screen).
  // Not while it is being brought in: leaving the screen then must not stop the import.
  const held = useRef<CheckedBackup | null>(null);
  const gone = useRef(false);
  const hold = (backup: CheckedBackup | null) => {
    held.current?.discard();
    held.current = gone.current ? null : backup;
    if (gone.current) backup?.discard();
  };
  useEffect(() => {
    gone.current = false;
    return () => {
      gone.current = true;
      hold(null);
    };
  }, []);
  useEffect(() => {
    // Closing the picker without a file ends its grace soon too. React has no onCancel for inputs.
    const input = fileInput.current;
    const closed = () => endBriefAwaySoon();
    input?.addEventListener('cancel', closed);
    return () => input?.removeEventListener('cancel', closed);
  }, []);

  const asking = stage.step === 'passphrase' && !stage.opening;
  const working = stage.step === 'reading' || stage.step === 'writing' || (stage.step === 'passphrase' && stage.opening);
  useEffect(() => {
    // The field appears (or is handed back after a wrong passphrase) where the person is looking.
    if (asking) passphraseField.current?.focus();
  }, [asking]);
  useEffect(() => {
    // The Bring in button has gone: focus would otherwise fall to the page itself.
    if (stage.step === 'done') doneMessage.current?.focus();
  }, [stage.step]);
  useEffect(() => {
    if (focusProblem > 0) problemMessage.current?.focus();
  }, [focusProblem]);

  /** Ends the pick or the opening with a message. The chooser was disabled meanwhile and lost focus, so the message takes it. */
  function stopWith(message: string) {
    setProblem(message);
    setStage({ step: 'idle' });
    setFocusProblem((count) => count + 1);
  }

  const showProgress = (progress: number) => setStage({ step: 'reading', progress });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    event.target.value = '';
    setProblem('');
    hold(null);
    if (!picked) return setStage({ step: 'idle' });
    // Reading a big file off the device takes a while: the chooser is disabled from the start.
    setStage({ step: 'reading', progress: 0 });
    try {
      if (await tooLarge(picked)) return stopWith(importProblemMessage('too-large'));
    } catch {
      return stopWith(unreadableFileMessage);
    }
    const read = await checkPickedBackup({ file: picked, passphrase: null }, { onProgress: showProgress });
    if (read.kind === 'needs-passphrase') setStage({ step: 'passphrase', sealed: picked, opening: false });
    else afterReading(read);
  }

  /** Where a reading ends, but for a passphrase to ask for. */
  function afterReading(read: Exclude<PickedRead, { kind: 'needs-passphrase' }>) {
    switch (read.kind) {
      case 'checked':
        hold(read.backup);
        return setStage({ step: 'preview', backup: read.backup, takeFocus: true });
      case 'refused':
        return stopWith(importProblemMessage(read.problem, read.detail));
      case 'not-compared':
        return stopWith(previewFailedMessage);
      case 'sealed':
        return stopWith(backupCryptoMessage(read.reason));
      case 'unreadable':
        return stopWith(unreadableFileMessage);
      case 'broke':
        return stopWith(readingStoppedMessage);
    }
  }

  async function unseal(sealed: Blob) {
    if (opening.current) return;
    // Nothing typed yet: 600,000 rounds of key derivation could only end in "does not open".
    if (passphrase === '') {
      setProblem(passphraseNeededMessage);
      passphraseField.current?.focus();
      return;
    }
    opening.current = true;
    setProblem('');
    setStage({ step: 'passphrase', sealed, opening: true });
    const read = await checkPickedBackup({ file: sealed, passphrase }, { onOpened: () => showProgress(0), onProgress: showProgress });
    opening.current = false;
    if (read.kind === 'sealed' || read.kind === 'broke') {
      // Handed back for another try: a wrong passphrase is the likeliest reason by far.
      setProblem(read.kind === 'sealed' ? backupCryptoMessage(read.reason) : unopenedMessage);
      setStage({ step: 'passphrase', sealed, opening: false });
      return;
    }
    setPassphrase('');
    if (read.kind !== 'needs-passphrase') afterReading(read);
  }

  async function merge(backup: CheckedBackup) {
    setProblem('');
    setStage({ step: 'writing', progress: 0 });
    // Out of the panel's hands while it is written: the import finishes even if the panel goes.
    held.current = null;
    const result = await backup.bringIn((progress) => setStage({ step: 'writing', progress }));
    if (result.ok) {
      setStage({ step: 'done', written: result.written });
      void noteLoggedDay(today).catch(() => undefined);
    } else if (result.problem === 'gone') {
      stopWith(bringingInStoppedMessage);
    } else {
      // Held again for another try, or let go if the panel went meanwhile.
      hold(backup);
      setProblem(importStoppedMessage(result.problem));
      // The same file, checked already, so Bring in can simply be pressed again.
      setStage({ step: 'preview', backup, takeFocus: false });
      setFocusProblem((count) => count + 1);
    }
  }

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Bring in a backup</h2>
      <p>Wins you already have stay as they are; only new ones, and newer versions of ones you have, come in.</p>
      {/* Drawn as the button it stands for, so it is shown, and announced, as disabled with it. */}
      <label htmlFor={ids.file} className="button file-button" aria-disabled={working || undefined}>
        Choose a backup file
      </label>
      <input
        id={ids.file}
        // While a file is being read or brought in, a second pick would mix up the two.
        disabled={working}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        ref={fileInput}
        onClick={() => expectBriefAway()}
        onChange={(event) => {
          // Picked: the grace the picker had runs out soon, even where it never hid the page.
          endBriefAwaySoon();
          void choose(event);
        }}
      />
      {stage.step === 'passphrase' && (
        <form
          className="setting"
          onSubmit={(event) => {
            event.preventDefault();
            void unseal(stage.sealed);
          }}
        >
          <label htmlFor={ids.pass}>This backup is sealed. Its passphrase:</label>
          <input
            ref={passphraseField}
            id={ids.pass}
            type="password"
            className="text-input"
            value={passphrase}
            autoComplete="current-password"
            aria-describedby={ids.problem}
            readOnly={stage.opening}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={stage.opening}>
            {stage.opening ? 'Opening the backup…' : 'Open backup'}
          </button>
        </form>
      )}
      {(stage.step === 'reading' || stage.step === 'writing') && (
        <label className="setting">
          <span>{stage.step === 'reading' ? 'Checking the file…' : 'Bringing your wins in…'}</span>
          <progress max={1} value={stage.progress} />
        </label>
      )}
      {stage.step === 'preview' && (
        <ImportPreviewStep
          preview={stage.backup.preview}
          takeFocus={stage.takeFocus}
          onBringIn={() => void merge(stage.backup)}
          onCancel={() => {
            hold(null);
            setStage({ step: 'idle' });
            // Cancel goes with the preview: focus returns to the chooser, to pick another file.
            fileInput.current?.focus();
          }}
        />
      )}
      {stage.step === 'done' && (
        <p role="status" ref={doneMessage} tabIndex={-1}>
          {stage.written === 0 ? 'Everything in that file was already here.' : `Done: ${entries(stage.written)} brought in.`}
        </p>
      )}
      <p id={ids.problem} role="alert" className="composer-problem" ref={problemMessage} tabIndex={-1}>
        {problem}
      </p>
    </section>
  );
}
