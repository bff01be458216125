import { useId, useState, type SyntheticEvent } from 'react';
import { useFocusAtEnd } from '@/components/caret-to-end';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import type { SaveProblem, WinToSave } from '@/hooks/use-save-win';
import type { ReframeDraft } from '@/domain/reframe-draft';

/** Step three: the small win, in the person's words, saved and marked as found in a hard day. */
export function ReframeStepWin(props: {
  draft: ReframeDraft;
  onChange: (win: Pick<ReframeDraft, 'win' | 'hardInJar'>) => void;
  onBack: () => void;
  /** Saves the win; the problem, if it could not be saved. */
  onSave: (win: WinToSave) => Promise<SaveProblem | null>;
}) {
  const { win: text, hardInJar, hard } = props.draft;
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const field = useFocusAtEnd<HTMLTextAreaElement>();
  const ids = { field: useId(), jar: useId(), problem: useId() };
  const hasHard = hard.trim() !== '';

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    setProblem(await props.onSave({ text, struggle: { text: hard, inJar: hasHard && hardInJar } }));
  }

  return (
    <form className="panel reframe-step" onSubmit={(event) => void save(event)} noValidate>
      <label htmlFor={ids.field} className="composer-label">
        Your small win
      </label>
      <p className="field-hint">Make it yours: say it the way you would say it to a friend.</p>
      <textarea
        id={ids.field}
        className="composer-field"
        rows={3}
        value={text}
        ref={field}
        onChange={(event) => {
          props.onChange({ win: event.target.value, hardInJar });
          setProblem(null);
        }}
        aria-describedby={ids.problem}
      />
      {hasHard && (
        <label className="checkbox" htmlFor={ids.jar}>
          <input id={ids.jar} type="checkbox" checked={hardInJar} onChange={(event) => props.onChange({ win: text, hardInJar: event.target.checked })} />
          Show what was hard too, when this win comes out of the jar
        </label>
      )}
      <p id={ids.problem} role="alert" className="composer-problem">
        {problem ? saveProblemMessage[problem] : ''}
      </p>
      <div className="composer-actions">
        <button type="button" className="button" onClick={props.onBack}>
          Back
        </button>
        <button type="submit" className="button button-primary">
          Save this win
        </button>
      </div>
    </form>
  );
}
