import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link } from 'wouter';
import { caretToEnd } from '@/components/caret-to-end';
import { ValueChips } from '@/components/value-chips';
import { listInWords } from '@/domain/values';
import { valuesRepo } from '@/db/repo/values';
import { soundsLikeAHardDay } from '@/domain/hard-day-words';
import { invitesMoreDetail } from '@/domain/specificity';
import { checkWinText } from '@/domain/win-text';
import { COMPOSER_KEY } from '@/db/repo/drafts';
import { useAppStore } from '@/store/store';
import { CharacterCount } from '@/components/character-count';
import { ComposerTop } from './composer-top';
import { ComposerDetails } from './composer-details';
import { holdDraftWritesUntil } from './draft-writer';
import { saveProblemMessage } from '@/hooks/save-problem-message';
import { submitOnEnter } from '@/components/submit-on-enter';
import { usePromptOfTheDay } from './use-prompt-of-the-day';
import { useLoggingDay } from './use-logging-day';
import { useSaveWin, type SaveProblem } from '@/hooks/use-save-win';
import { SubmitRow } from '@/components/submit-row';

// The prompts speak of today; filling in an earlier day, they ask about that day instead.
const askedOfEarlierDay = (text: string) => text.replace(/\btoday\b/g, 'that day');

/**
 * The field, then what sits under it, then `after` (the rest of Today): all but the field wait
 * for the values, whose chips come first under it and pushed the rest down as they arrived.
 */
export function WinComposer({ after }: { after?: ReactNode }) {
  const { prompt, another } = usePromptOfTheDay();
  const { isBackfill } = useLoggingDay();
  const draft = useAppStore((state) => state.draft);
  const updateDraft = useAppStore((state) => state.updateDraft);
  const clearDraftText = useAppStore((state) => state.clearDraftText);
  const focusRequest = useAppStore((state) => state.composerFocusRequest);
  const values = useLiveQuery(valuesRepo.list);
  const activeValues = (values ?? []).filter((value) => !value.hidden);
  const field = useRef<HTMLTextAreaElement>(null);
  const saveWin = useSaveWin();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const ids = { field: useId(), prompt: useId(), hint: useId(), count: useId(), problem: useId() };
  const showHint = invitesMoreDetail(draft.text);

  useEffect(() => {
    // Not autoFocus: React focuses an autoFocus field while it commits the screen, a task
    // before the effects that subscribe this component to the store. Keystrokes in that gap
    // reached the store, but the field was reset to the value it was first drawn with, and
    // only the last one survived ("Went" became "t"). Here the subscriptions above are in place.
    // A field drawn with words in it (a draft kept while on another tab, text shared in) opens
    // with the caret at their start: what is typed next goes after them instead.
    if (field.current) caretToEnd(field.current);
  }, []);

  useEffect(() => {
    // A quick pick filled the field: put the caret at the end, ready to make it specific.
    if (focusRequest !== 0 && field.current) caretToEnd(field.current);
  }, [focusRequest]);

  async function save() {
    const snapshot = useAppStore.getState().draft;
    const checked = checkWinText(snapshot.text);
    if (!checked.ok) return setProblem(checked.problem);
    const saving = saveWin({ ...snapshot, promptId: prompt?.id ?? null, fromDraft: COMPOSER_KEY });
    holdDraftWritesUntil(saving);
    // Clear at once so the next win can be typed straight away, even before this one is stored.
    clearDraftText();
    setProblem(null);
    const result = await saving;
    if (result) {
      // Nothing is lost: the words go back in the field with the reason it did not save.
      updateDraft({ text: snapshot.text, why: snapshot.why, tags: snapshot.tags, valueIds: snapshot.valueIds });
      setProblem(result);
    }
  }

  function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    void save();
  }

  const describedBy = [ids.prompt, showHint && ids.hint, ids.count, problem && ids.problem].filter(Boolean).join(' ');

  return (
    <>
      <form className="composer" onSubmit={onSubmit} noValidate aria-label="Write a win">
        <ComposerTop fieldId={ids.field} promptId={ids.prompt} promptText={prompt ? (isBackfill ? askedOfEarlierDay(prompt.text) : prompt.text) : null} onAnother={prompt ? another : null} />
        <textarea
          ref={field}
          id={ids.field}
          className="composer-field"
          value={draft.text}
          onChange={(event) => {
            updateDraft({ text: event.target.value });
            if (problem) setProblem(null);
          }}
          onKeyDown={submitOnEnter(() => void save())}
          rows={3}
          enterKeyHint="done"
          aria-describedby={describedBy}
          aria-invalid={problem === 'empty' || problem === 'too-long'}
        />
        <CharacterCount length={draft.text.trim().length} id={ids.count} />
        <p id={ids.hint} className="composer-hint" hidden={!showHint}>
          Want to add a little more? Who was there, what you did, or when — small details make a win easier to come back
          to.
        </p>
        {soundsLikeAHardDay(draft.text) && (
          <p className="note">
            Sounds like today was a hard one. <Link href="/reframe">Want help finding the win in it?</Link>
          </p>
        )}
        {values && (
          <>
            <ValueChips
              label={`When did you act on ${listInWords(activeValues.map((value) => value.text.toLowerCase()))} today? Tap the ones this win touched.`}
              values={activeValues}
              chosen={draft.valueIds}
              onChange={(valueIds) => updateDraft({ valueIds })}
            />
            <ComposerDetails onSubmit={() => void save()} />
            <SubmitRow messageId={ids.problem} message={problem ? saveProblemMessage[problem] : ''} />
          </>
        )}
      </form>
      {values && after}
    </>
  );
}
