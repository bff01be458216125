import { useId, useState, type SyntheticEvent } from 'react';

// What people often did on a hard day without counting it.
const examples = [
  'I started, even if I did not finish',
  'I rested when I needed to',
  'I asked for help',
  'I got through it',
  'I was gentle with myself',
  'I kept one small promise to myself',
];

/** Step two: what you did anyway. Examples fill the field; the person's own words are welcome. */
export function ReframeStepAnyway(props: {
  value: string;
  onChange: (anyway: string) => void;
  onBack: () => void;
  onNext: (anyway: string) => void;
}) {
  const anyway = props.value;
  const [problem, setProblem] = useState('');
  const ids = { field: useId(), problem: useId() };

  function change(next: string) {
    props.onChange(next);
    setProblem('');
  }

  function next(event: SyntheticEvent) {
    event.preventDefault();
    if (!anyway.trim()) {
      setProblem('Pick one of the examples, or write what you did in your own words. Getting through it counts.');
      return;
    }
    props.onNext(anyway.trim());
  }

  return (
    <form className="panel reframe-step" onSubmit={next} noValidate>
      <label htmlFor={ids.field} className="composer-label">
        What did you do anyway?
      </label>
      <ul className="chips" aria-label="Examples">
        {examples.map((example) => (
          <li key={example}>
            <button type="button" className="chip" onClick={() => change(example)}>
              {example}
            </button>
          </li>
        ))}
      </ul>
      <textarea
        id={ids.field}
        className="composer-field"
        rows={2}
        value={anyway}
        onChange={(event) => change(event.target.value)}
        aria-describedby={ids.problem}
      />
      <p id={ids.problem} role="alert" className="composer-problem">
        {problem}
      </p>
      <div className="composer-actions">
        <button type="button" className="button" onClick={props.onBack}>
          Back
        </button>
        <button type="submit" className="button button-primary">
          Next
        </button>
      </div>
    </form>
  );
}
