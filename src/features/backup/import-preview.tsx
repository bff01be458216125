import { useEffect, useRef } from 'react';
import type { ImportPreview } from '@/db/repo/backup';
import { previewSentence } from './import-messages';

function newOrNewer(count: number): string {
  return count === 1 ? '1 new or newer entry' : `${count.toLocaleString('en')} new or newer entries`;
}

/**
 * What a checked backup holds and what bringing it in would change, with the button to do it.
 * Arriving from the check, focus moves to the sentence: the step before (the passphrase form,
 * or the file chooser, disabled while the file was read) has gone, and focus would fall to the
 * page. Back after a failed import it stays put, for the problem message to take it.
 */
export function ImportPreviewStep(props: { preview: ImportPreview; takeFocus: boolean; onBringIn: () => void; onCancel: () => void }) {
  const { preview, takeFocus } = props;
  const sentence = useRef<HTMLParagraphElement>(null);
  // Each arrival is a fresh mount, so this runs as the step appears and not on later renders.
  useEffect(() => {
    if (takeFocus) sentence.current?.focus();
  }, [takeFocus]);

  // No live region: focus arriving on the sentence reads it out, and a live region too would say it twice.
  return (
    <div className="setting">
      <p ref={sentence} tabIndex={-1}>
        {previewSentence(preview)}
      </p>
      {preview.changes > 0 && (
        // The button counts entries, which are more than the wins the sentence counts.
        <p className="field-hint">
          An entry is a win or anything else a backup holds: a slip, a prompt, a kind word, a value, a goal or a setting.
        </p>
      )}
      <div className="pulled-actions">
        <button type="button" className="button button-primary" disabled={preview.changes === 0} onClick={props.onBringIn}>
          {preview.changes === 0 ? 'Nothing new to bring in' : `Bring in ${newOrNewer(preview.changes)}`}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
