import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { REFRAME_KEY } from '@/db/repo/drafts';
import { readReframeDraft, saveReframeDraft } from '@/db/repo/reframe-draft';
import { latestWriter } from '@/domain/latest-writer';
import { useSaveWin, type WinToSave } from '@/hooks/use-save-win';
import { emptyReframeDraft, isReframeDraftEmpty, type ReframeDraft } from '@/domain/reframe-draft';
import { ReframeDone } from './reframe-done';
import { ReframeStepAnyway } from './reframe-step-anyway';
import { ReframeStepHard } from './reframe-step-hard';
import { ReframeStepWin } from './reframe-step-win';
import { useScreenTitle } from '@/hooks/use-screen-title';

const stepTitles = ['What was hard', 'What you did anyway', 'Your small win'] as const;

// One for the flow, not one per visit: coming back, the answers are read only once the last
// keystroke's write has landed.
const writer = latestWriter(saveReframeDraft);

/** Finding the win inside a hard day, in three short steps, every answer kept as it is typed. */
export function ReframeScreen() {
  useScreenTitle('Find the win in a hard day');
  // Null until the answers kept from last time are read: a moment, and nothing to type into yet.
  const [draft, setDraft] = useState<ReframeDraft | null>(null);
  const [resumed, setResumed] = useState(false);
  // Starting afresh puts a new first step in place, which takes focus as on arriving.
  const [round, setRound] = useState(0);
  const [savedText, setSavedText] = useState<string | null>(null);
  const saveWin = useSaveWin();

  useEffect(() => {
    let open = true;
    writer.idle().then(readReframeDraft).then(
      (kept) => {
        if (!open) return;
        setDraft(kept);
        setResumed(!isReframeDraftEmpty(kept));
      },
      // Storage closed: start with nothing rather than not at all.
      () => open && setDraft(emptyReframeDraft),
    );
    return () => {
      open = false;
    };
  }, []);

  if (savedText !== null) return <ReframeDone text={savedText} />;

  const change = (next: ReframeDraft) => {
    setDraft(next);
    writer.write(next);
  };
  const startAfresh = () => {
    change(emptyReframeDraft);
    setResumed(false);
    setRound((count) => count + 1);
  };
  // The win takes the stored answers away in its own transaction. Writes wait for it, and once
  // it is saved what was still waiting is dropped: put back, it would offer a saved win again.
  const save = async (win: WinToSave) => {
    await writer.idle();
    const saving = saveWin({ ...win, fromDraft: REFRAME_KEY });
    writer.holdUntil(saving);
    const problem = await saving;
    if (problem === null) {
      writer.drop();
      setSavedText(win.text.trim());
    }
    return problem;
  };

  const step = draft?.step ?? 0;
  return (
    <div className="reframe">
      <header className="screen-header">
        <p className="eyebrow">
          Step {step + 1} of 3: {stepTitles[step]}
        </p>
        <h1>Find the win in a hard day</h1>
      </header>
      {resumed && (
        <div className="note reframe-resumed">
          <p>Picking up where you left off.</p>
          <button type="button" className="link-button" onClick={startAfresh}>
            Start afresh
          </button>
        </div>
      )}
      {draft?.step === 0 && (
        <ReframeStepHard
          key={round}
          value={draft.hard}
          onChange={(hard) => change({ ...draft, hard })}
          onNext={() => change({ ...draft, step: 1 })}
        />
      )}
      {draft?.step === 1 && (
        <ReframeStepAnyway
          value={draft.anyway}
          onChange={(anyway) => change({ ...draft, anyway })}
          onBack={() => change({ ...draft, step: 0 })}
          // The win starts as what they did anyway, to make their own; once they have, it stays theirs.
          onNext={(anyway) => change({ ...draft, anyway, step: 2, winFrom: anyway, win: draft.win === '' || draft.win === draft.winFrom ? anyway : draft.win })}
        />
      )}
      {draft?.step === 2 && (
        <ReframeStepWin
          draft={draft}
          onChange={(win) => change({ ...draft, ...win })}
          onBack={() => change({ ...draft, step: 1 })}
          onSave={save}
        />
      )}
      <Link href="/" className="link-button">
        Leave this for now
      </Link>
    </div>
  );
}
