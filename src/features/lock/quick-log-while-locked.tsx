import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { joinLockedDraftText, readLockedDraftText, saveLockedDraftText } from '@/db/repo/locked-draft';
import { reopenedDraft } from '@/domain/draft';
import { withTextAdded } from '@/domain/draft-text';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import { useSaveWin, type SaveProblem } from '@/hooks/use-save-win';
import { SubmitRow } from '@/components/submit-row';
import { submitOnEnter } from '@/components/submit-on-enter';
import { useAppStore } from '@/store/store';

/**
 * Once unlocked, words typed here and not saved join the composer's draft on Today, so the
 * journal's one draft holds them and nothing is lost.
 */
async function moveIntoComposerDraft(text: string): Promise<void> {
  const draft = await joinLockedDraftText((stored) => {
    const { draftRestored, draft: open } = useAppStore.getState();
    const base = reopenedDraft(draftRestored ? open : stored);
    return { ...base, text: withTextAdded(base.text, text) };
  });
  const { restoreDraft, announce } = useAppStore.getState();
  restoreDraft(draft);
  announce('What you wrote while locked is in your draft on Today, not saved yet.');
}

/**
 * Logging stays possible while locked, and shows nothing already written: its words are kept
 * apart from the composer's draft (which may be old) until the journal opens.
 */
export function QuickLogWhileLocked() {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const saveWin = useSaveWin();
  const id = useId();
  // For the cleanup, which runs after the last render: the words as they stand.
  const latest = useRef('');
  useEffect(() => {
    latest.current = text;
  }, [text]);

  useEffect(() => {
    let active = true;
    // Typed here before a reload or a closed app: back in the field, unless typing began first.
    void readLockedDraftText()
      .then((stored) => {
        if (active && stored && latest.current === '') setText(stored);
      })
      .catch(() => undefined);
    return () => {
      active = false;
      // Gone because the journal opened: the words move to Today. (A reload runs no cleanup.)
      const unlocked = !useAppStore.getState().locked;
      if (unlocked && latest.current.trim()) void moveIntoComposerDraft(latest.current).catch(() => undefined);
    };
  }, []);

  function keep(next: string) {
    setText(next);
    // Full storage or closed: the words stay in the field, and the next keystroke tries again.
    void saveLockedDraftText(next).catch(() => undefined);
  }

  async function save(event?: SyntheticEvent) {
    event?.preventDefault();
    const result = await saveWin({ text, forToday: true });
    setProblem(result);
    setSaved(result === null);
    if (!result) keep('');
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
        enterKeyHint="done"
        onChange={(event) => {
          keep(event.target.value);
          setSaved(false);
        }}
        onKeyDown={submitOnEnter(() => void save())}
      />
      <SubmitRow
        role="status"
        message={problem ? saveProblemMessage[problem] : saved ? 'Saved, and kept out of sight until you unlock.' : ''}
      />
    </form>
  );
}
