import { useId, useState, type SyntheticEvent } from 'react';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import { useSaveWin, type SaveProblem } from '@/hooks/use-save-win';
import { SubmitRow } from '@/components/submit-row';

/** Logging stays possible while locked, and shows nothing already written. */
export function QuickLogWhileLocked() {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const saveWin = useSaveWin();
  const id = useId();

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    const result = await saveWin({ text });
    setProblem(result);
    setSaved(result === null);
    if (!result) setText('');
  }

  return (
    <form className="panel" onSubmit={(event) => void save(event)} noValidate>
      <label htmlFor={id} className="composer-label">
        Write a new win
      </label>
      <p className="field-hint">It goes into your journal without unlocking anything.</p>
      <textarea
        id={id}
        className="composer-field composer-field-small"
        rows={2}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
      />
      <SubmitRow
        role="status"
        message={problem ? saveProblemMessage[problem] : saved ? 'Saved, and kept out of sight until you unlock.' : ''}
      />
    </form>
  );
}
