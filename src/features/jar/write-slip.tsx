import { useId, useState, type SyntheticEvent } from 'react';
import { addSlip } from '@/db/repo/jar';
import { writeProblemOf } from '@/db/storage-problem';
import { checkWinText } from '@/domain/win-text';
import { WIN_TEXT_MAX } from '@/domain/win';
import { SubmitRow } from '@/components/submit-row';

const problems = {
  empty: 'Write a few words first: a kind thing someone said, a good memory.',
  'too-long': `That is longer than ${WIN_TEXT_MAX.toLocaleString('en')} characters. Trim it a little; nothing is lost.`,
  full: 'Your device’s storage is full, so this slip could not be saved. It is still here: free up some space and try again.',
  'not-saved': 'That slip could not be saved just now. It is still here: try again.',
} as const;

/** A slip written straight into the jar, without being a day's win. */
export function WriteSlip() {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<keyof typeof problems | null>(null);
  const [added, setAdded] = useState(false);
  const ids = { field: useId(), hint: useId(), problem: useId() };

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkWinText(text);
    if (!checked.ok) return setProblem(checked.problem);
    try {
      await addSlip({ text: checked.text });
    } catch (error) {
      return setProblem(writeProblemOf(error));
    }
    setText('');
    setProblem(null);
    setAdded(true);
  }

  return (
    <form className="panel write-slip" onSubmit={(event) => void save(event)} noValidate aria-labelledby={ids.field}>
      <label id={ids.field} htmlFor={`${ids.field}-input`} className="composer-label">
        Write a slip for the jar
      </label>
      <p id={ids.hint} className="field-hint">
        A compliment someone paid you, a good memory, something you want to find again on a hard day.
      </p>
      <textarea
        id={`${ids.field}-input`}
        className="composer-field composer-field-small"
        value={text}
        rows={2}
        onChange={(event) => {
          setText(event.target.value);
          setAdded(false);
          if (problem) setProblem(null);
        }}
        aria-describedby={problem ? `${ids.hint} ${ids.problem}` : ids.hint}
      />
      <SubmitRow messageId={ids.problem} message={problem ? problems[problem] : ''} label="Add to jar" />
      {/* On the page from the start, so screen readers hear it the moment it fills. */}
      <p role="status" className="field-hint">
        {added ? 'In the jar now. One day it will come back out, when you need it.' : ''}
      </p>
    </form>
  );
}
