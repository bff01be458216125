import { useId, useState, type SyntheticEvent } from 'react';
import { Link } from 'wouter';
import { mindfulPausePromptId } from '@/domain/prompts';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import { useSaveWin, type SaveProblem } from '@/hooks/use-save-win';
import { useAppStore } from '@/store/store';
import { SubmitRow } from '@/components/submit-row';
import { BackLink } from '@/components/back-link';
import { useScreenTitle } from '@/hooks/use-screen-title';

/** A quick breath in the middle of the day: one small thing so far, in one line. */
export function PauseScreen() {
  useScreenTitle('A mindful pause');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const kindWord = useAppStore((state) => state.kindWord);
  const saveWin = useSaveWin();
  const ids = { field: useId(), problem: useId() };

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    const result = await saveWin({ text, promptId: mindfulPausePromptId });
    setProblem(result);
    if (!result) {
      setSaved(text.trim());
      setText('');
    }
  }

  return (
    <div className="pause">
      <BackLink href="/more" to="More" />
      <header className="screen-header">
        <p className="eyebrow">A mindful pause</p>
        <h1>Take a breath</h1>
      </header>
      <form className="composer" onSubmit={(event) => void save(event)} noValidate>
        <label htmlFor={ids.field} className="composer-label">
          One small thing so far today
        </label>
        <input
          id={ids.field}
          className="text-input"
          value={text}
          autoFocus
          enterKeyHint="done"
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          aria-describedby={ids.problem}
        />
        <SubmitRow messageId={ids.problem} message={problem ? saveProblemMessage[problem] : ''} />
      </form>
      {saved && (
        <p className="kind-word">
          Kept: “{saved}”. {kindWord}
        </p>
      )}
      <Link href="/" className="link-button">
        Go to Today
      </Link>
    </div>
  );
}
