import { useId, useState, type SyntheticEvent } from 'react';
import { addStep } from '@/db/repo/goals';
import { looksBig } from '@/domain/goals';
import { checkWinText } from '@/domain/win-text';

/** Adds a step, and gently suggests breaking a big-looking one down further. */
export function AddStepForm({ goalId, goalTitle }: { goalId: string; goalTitle: string }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const ids = { field: useId(), hint: useId() };
  const big = looksBig(text);

  async function add(event: SyntheticEvent) {
    event.preventDefault();
    const checked = checkWinText(text);
    if (!checked.ok) return setProblem('Write the step in a few words first.');
    await addStep(goalId, checked.text);
    setText('');
    setProblem('');
  }

  return (
    <form className="add-step" onSubmit={(event) => void add(event)} noValidate>
      <label htmlFor={ids.field}>Add a step toward {goalTitle.toLowerCase()}</label>
      <div className="pick-add-row">
        <input
          id={ids.field}
          className="text-input"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setProblem('');
          }}
          aria-describedby={ids.hint}
        />
        <button type="submit" className="button">
          Add step
        </button>
      </div>
      <p id={ids.hint} className="field-hint" role="status">
        {problem ||
          (big
            ? 'This one sounds big. Could it be split into something smaller, like one shelf instead of the whole room?'
            : '')}
      </p>
    </form>
  );
}
