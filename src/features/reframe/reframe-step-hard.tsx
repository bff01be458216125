import { useId, useState, type SyntheticEvent } from 'react';
import { useFocusAtEnd } from '@/components/caret-to-end';
import { WIN_TEXT_MAX } from '@/domain/win';
import { withCommas } from '@/domain/with-commas';
import { CharacterCount } from '@/components/character-count';

/** Step one: naming what was hard. Private, and optional. */
export function ReframeStepHard({ value: hard, onChange, onNext }: { value: string; onChange: (hard: string) => void; onNext: () => void }) {
  const [tooLong, setTooLong] = useState(false);
  const field = useFocusAtEnd<HTMLTextAreaElement>();
  const ids = { field: useId(), hint: useId(), count: useId(), problem: useId() };
  function next(event: SyntheticEvent) {
    event.preventDefault();
    // Held to a win's limit here, where it can be trimmed, so every backup can come back in.
    if (hard.trim().length > WIN_TEXT_MAX) return setTooLong(true);
    onNext();
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
        ref={field}
        onChange={(event) => {
          onChange(event.target.value);
          setTooLong(false);
        }}
        aria-describedby={`${ids.hint} ${ids.count} ${ids.problem}`}
      />
      <CharacterCount length={hard.trim().length} id={ids.count} />
      <p id={ids.problem} role="alert" className="composer-problem">
        {tooLong ? `That is longer than ${withCommas(WIN_TEXT_MAX)} characters. Trim it a little and go on; nothing is lost.` : ''}
      </p>
      <div className="composer-actions">
        <span />
        <button type="submit" className="button button-primary">
          Next
        </button>
      </div>
    </form>
  );
}
