import { useId, useState, type SyntheticEvent } from 'react';

/** Step one: naming what was hard. Private, and optional. */
export function ReframeStepHard({ value, onNext }: { value: string; onNext: (hard: string) => void }) {
  const [hard, setHard] = useState(value);
  const ids = { field: useId(), hint: useId() };
  function next(event: SyntheticEvent) {
    event.preventDefault();
    onNext(hard);
  }
  return (
    <form className="panel reframe-step" onSubmit={next} noValidate>
      <label htmlFor={ids.field} className="composer-label">
        What was hard today?
      </label>
      <p id={ids.hint} className="field-hint">
        Just for you. This stays private and never goes in the jar unless you choose. You can also leave it blank.
      </p>
      <textarea
        id={ids.field}
        className="composer-field"
        rows={3}
        value={hard}
        autoFocus
        onChange={(event) => setHard(event.target.value)}
        aria-describedby={ids.hint}
      />
      <div className="composer-actions">
        <span />
        <button type="submit" className="button button-primary">
          Next
        </button>
      </div>
    </form>
  );
}
