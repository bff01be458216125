import { useId, useState } from 'react';
import { useCurrentDay } from '@/hooks/use-current-day';
import { busyButton, ReadyFile, useFileDelivery } from './file-delivery';
import { prepareFile } from './prepare-files';

type Kind = 'json' | 'markdown' | 'csv';

const MIN_PASSPHRASE = 8;

/** Saving everything: a full backup (optionally sealed with a passphrase), a journal, or a spreadsheet. */
export function ExportPanel() {
  const today = useCurrentDay();
  const [seal, setSeal] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const delivery = useFileDelivery();
  const ids = { seal: useId(), pass: useId(), again: useId() };

  function save(kind: Kind) {
    // Pressed again while a file is made: the message says that, not a passphrase check.
    if (delivery.busy) return;
    if (kind === 'json' && seal) {
      if (passphrase.length < MIN_PASSPHRASE) return delivery.setMessage(`Choose a passphrase of at least ${MIN_PASSPHRASE} characters.`);
      if (passphrase !== again) return delivery.setMessage('The two passphrases are not the same yet. Type them again.');
    }
    const asked = {
      json: { kind: 'make', today, file: 'backup', ...(seal ? { passphrase } : {}) },
      markdown: { kind: 'make', today, file: 'journal' },
      csv: { kind: 'make', today, file: 'spreadsheet' },
    } as const;
    void delivery.prepare(() => prepareFile(asked[kind]));
  }

  // A file made ready before the seal or its passphrase changed is not the one now asked for.
  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      delivery.forget();
      set(value);
    };
  }

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Save a copy</h2>
      <p>A backup holds everything: wins, slips, prompts, kind words, values, goals and settings.</p>
      <label className="checkbox" htmlFor={ids.seal}>
        <input id={ids.seal} type="checkbox" checked={seal} onChange={(event) => changed(setSeal)(event.target.checked)} />
        Seal the backup with a passphrase
      </label>
      {seal && (
        <>
          <label htmlFor={ids.pass}>Passphrase</label>
          <input id={ids.pass} type="password" className="text-input" value={passphrase} autoComplete="new-password" onChange={(event) => changed(setPassphrase)(event.target.value)} />
          <label htmlFor={ids.again}>The same passphrase again</label>
          <input id={ids.again} type="password" className="text-input" value={again} autoComplete="new-password" onChange={(event) => changed(setAgain)(event.target.value)} />
          <p className="field-hint">Nobody can open a sealed backup without it, not even us. Write it down somewhere safe.</p>
        </>
      )}
      <div className="pulled-actions">
        <button type="button" className="button button-primary" {...busyButton(delivery)} onClick={() => save('json')}>
          {seal ? 'Save a sealed backup' : 'Save a backup'}
        </button>
        <button type="button" className="button" {...busyButton(delivery)} onClick={() => save('markdown')}>
          Save as a journal (Markdown)
        </button>
        <button type="button" className="button" {...busyButton(delivery)} onClick={() => save('csv')}>
          Save as a spreadsheet (CSV)
        </button>
      </div>
      <p role="status" className="field-hint">
        {delivery.message}
      </p>
      <ReadyFile delivery={delivery} />
    </section>
  );
}
