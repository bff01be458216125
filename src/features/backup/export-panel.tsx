import { useId, useState } from 'react';
import { collectExport, markBackedUp } from '@/db/repo/backup';
import { backupBlob } from '@/domain/backup-file';
import { exportCsv, exportMarkdown } from '@/domain/export-writers';
import { useCurrentDay } from '@/hooks/use-current-day';
import { canShareFiles, saveFile } from '@/components/save-file';

type Kind = 'json' | 'markdown' | 'csv';

const MIN_PASSPHRASE = 8;

/** Saving everything: a full backup (optionally sealed with a passphrase), a journal, or a spreadsheet. */
export function ExportPanel() {
  const today = useCurrentDay();
  const [seal, setSeal] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const share = canShareFiles();
  const ids = { seal: useId(), pass: useId(), again: useId() };

  async function save(kind: Kind) {
    if (kind === 'json' && seal) {
      if (passphrase.length < MIN_PASSPHRASE) return setMessage(`Choose a passphrase of at least ${MIN_PASSPHRASE} characters.`);
      if (passphrase !== again) return setMessage('The two passphrases are not the same yet. Type them again.');
    }
    setBusy(true);
    setMessage('Preparing your file…');
    try {
      const file = await collectExport();
      const stamp = today;
      if (kind === 'json') {
        const blob = await backupBlob(file, seal ? passphrase : undefined);
        await saveFile([blob], `small-wins-${stamp}${seal ? '.sealed' : ''}.json`, 'application/json', share);
        // The moment the export was read, not when the share sheet closed: a win written in
        // between is not in this file, so it must count as new.
        await markBackedUp(Date.parse(file.exportedAt));
      } else if (kind === 'markdown') {
        await saveFile(await exportMarkdown(file, today), `small-wins-${stamp}.md`, 'text/markdown', share);
      } else {
        await saveFile(await exportCsv(file), `small-wins-${stamp}.csv`, 'text/csv', share);
      }
      setMessage(kind === 'json' ? 'Backup saved. Keep it somewhere safe, off this device too.' : 'File saved.');
    } catch (error) {
      // Closing the share sheet is a choice, not a problem.
      setMessage(error instanceof DOMException && error.name === 'AbortError' ? '' : 'The file could not be made just now. Try again in a moment.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Save a copy</h2>
      <p>A backup holds everything: wins, slips, prompts, kind words, values, goals and settings.</p>
      <label className="checkbox" htmlFor={ids.seal}>
        <input id={ids.seal} type="checkbox" checked={seal} onChange={(event) => setSeal(event.target.checked)} />
        Seal the backup with a passphrase
      </label>
      {seal && (
        <>
          <label htmlFor={ids.pass}>Passphrase</label>
          <input id={ids.pass} type="password" className="text-input" value={passphrase} autoComplete="new-password" onChange={(event) => setPassphrase(event.target.value)} />
          <label htmlFor={ids.again}>The same passphrase again</label>
          <input id={ids.again} type="password" className="text-input" value={again} autoComplete="new-password" onChange={(event) => setAgain(event.target.value)} />
          <p className="field-hint">Nobody can open a sealed backup without it, not even us. Write it down somewhere safe.</p>
        </>
      )}
      <div className="pulled-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save('json')}>
          {seal ? 'Save a sealed backup' : 'Save a backup'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void save('markdown')}>
          Save as a journal (Markdown)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void save('csv')}>
          Save as a spreadsheet (CSV)
        </button>
      </div>
      <p role="status" className="field-hint">
        {message}
      </p>
    </section>
  );
}
