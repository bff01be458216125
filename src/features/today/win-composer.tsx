import { useId, useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import { addWin } from '@/db/repo/wins';
import { classifyStorageError } from '@/db/storage-problem';
import { checkWinText, type WinTextProblem } from '@/domain/win-text';
import { WIN_TEXT_MAX } from '@/domain/win';
import { requestPersistenceOnce } from '@/pwa/request-persistence';
import { useAppStore } from '@/store/store';

const problemMessages: Record<WinTextProblem | 'full' | 'failed', string> = {
  empty: 'Write a few words about your win first. Anything counts.',
  'too-long': `That is longer than ${WIN_TEXT_MAX.toLocaleString('en')} characters. Trim it a little and save again; nothing is lost.`,
  full: 'Your device’s storage is full, so this win could not be saved. It is still here: free up some space and press Save again.',
  failed: 'That win could not be saved just now. It is still here: press Save to try again.',
};

export function WinComposer({ day, prompt }: { day: string; prompt: string }) {
  const draft = useAppStore((state) => state.draft);
  const setDraft = useAppStore((state) => state.setDraft);
  const [problem, setProblem] = useState<keyof typeof problemMessages | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const problemId = useId();

  async function save() {
    const checked = checkWinText(draft);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setSaving(true);
    try {
      await addWin({ text: checked.text, day });
      setDraft('');
      setProblem(null);
      void requestPersistenceOnce().catch(() => undefined);
    } catch (error) {
      setProblem(classifyStorageError(error) === 'full' ? 'full' : 'failed');
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    void save();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter saves; Shift+Enter keeps its usual meaning of a new line.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <form className="composer" onSubmit={onSubmit} noValidate>
      <label htmlFor={fieldId} className="composer-label">
        Your win
      </label>
      <p id={hintId} className="composer-prompt">
        {prompt}
      </p>
      <textarea
        id={fieldId}
        className="composer-field"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={onKeyDown}
        rows={3}
        autoFocus
        enterKeyHint="done"
        aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
        aria-invalid={problem === 'empty' || problem === 'too-long'}
      />
      <div className="composer-actions">
        <p id={problemId} className="composer-problem" role="alert">
          {problem ? problemMessages[problem] : ''}
        </p>
        <button type="submit" className="button button-primary" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  );
}
