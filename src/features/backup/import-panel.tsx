import { useId, useState, type ChangeEvent } from 'react';
import { applyImport, previewImport, type ImportPreview } from '@/db/repo/backup';
import { BackupCryptoError, backupCryptoMessage, isSealedBackup, openBackup } from '@/domain/backup-crypto';
import { dayInWords } from '@/domain/day';
import type { ExportFile } from '@/domain/export-format';
import { readImport } from '@/domain/read-import';
import { importProblemMessage } from './import-messages';

type Stage =
  | { step: 'idle' }
  | { step: 'passphrase'; sealed: string }
  | { step: 'reading'; progress: number }
  | { step: 'preview'; file: ExportFile; preview: ImportPreview }
  | { step: 'writing'; progress: number }
  | { step: 'done'; written: number };

/** Bringing a backup in: checked first, previewed, then merged all at once or not at all. */
export function ImportPanel() {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [problem, setProblem] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const ids = { file: useId(), pass: useId() };

  async function check(text: string) {
    setStage({ step: 'reading', progress: 0 });
    const reading = await readImport(text, (progress) => setStage({ step: 'reading', progress }));
    if (!reading.ok) {
      setProblem(`${importProblemMessage[reading.problem]}${reading.detail ? ` (${reading.detail})` : ''}`);
      setStage({ step: 'idle' });
      return;
    }
    setStage({ step: 'preview', file: reading.file, preview: await previewImport(reading.file) });
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    event.target.value = '';
    setProblem('');
    if (!picked) return;
    const text = await picked.text();
    if (isSealedBackup(text)) setStage({ step: 'passphrase', sealed: text });
    else await check(text);
  }

  async function unseal(sealed: string) {
    try {
      const text = await openBackup(sealed, passphrase);
      setPassphrase('');
      await check(text);
    } catch (error) {
      setProblem(error instanceof BackupCryptoError ? backupCryptoMessage(error.reason) : 'That backup could not be opened.');
    }
  }

  async function merge(file: ExportFile) {
    setStage({ step: 'writing', progress: 0 });
    try {
      const written = await applyImport(file, (progress) => setStage({ step: 'writing', progress }));
      setStage({ step: 'done', written });
    } catch {
      setProblem('The import stopped part-way, so none of it was kept and your wins are as they were. Free some space and try again.');
      setStage({ step: 'idle' });
    }
  }

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">Bring in a backup</h2>
      <p>Wins you already have stay as they are; only new ones, and newer versions of ones you have, come in.</p>
      <label htmlFor={ids.file} className="button file-button">
        Choose a backup file
      </label>
      <input id={ids.file} type="file" accept=".json,application/json" className="visually-hidden" onChange={(event) => void choose(event)} />
      {stage.step === 'passphrase' && (
        <form
          className="setting"
          onSubmit={(event) => {
            event.preventDefault();
            void unseal(stage.sealed);
          }}
        >
          <label htmlFor={ids.pass}>This backup is sealed. Its passphrase:</label>
          <input id={ids.pass} type="password" className="text-input" value={passphrase} autoComplete="current-password" onChange={(event) => setPassphrase(event.target.value)} />
          <button type="submit" className="button button-primary">
            Open backup
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
        <div className="setting" aria-live="polite">
          <p>
            {stage.preview.wins.toLocaleString('en')} wins
            {stage.preview.firstDay && stage.preview.lastDay
              ? `, from ${dayInWords(stage.preview.firstDay)} ${stage.preview.firstDay.slice(0, 4)} to ${dayInWords(stage.preview.lastDay)} ${stage.preview.lastDay.slice(0, 4)}`
              : ''}
            . {stage.preview.alreadyHere.toLocaleString('en')} of them are already here.
          </p>
          <div className="pulled-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={stage.preview.changes === 0}
              onClick={() => void merge(stage.file)}
            >
              {stage.preview.changes === 0 ? 'Nothing new to bring in' : `Bring in ${stage.preview.changes.toLocaleString('en')} new or newer entries`}
            </button>
            <button type="button" className="button" onClick={() => setStage({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {stage.step === 'done' && (
        <p role="status">{stage.written === 0 ? 'Everything in that file was already here.' : `Done: ${stage.written.toLocaleString('en')} entries brought in.`}</p>
      )}
      <p role="alert" className="composer-problem">
        {problem}
      </p>
    </section>
  );
}
