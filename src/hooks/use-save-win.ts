import type { DraftKey } from '@/db/repo/drafts';
import { addWin } from '@/db/repo/wins';
import { writeProblemOf } from '@/db/storage-problem';
import { isFutureDay } from '@/domain/day';
import { pickKindWord } from '@/domain/kind-words';
import { checkWinFields, type WinFieldsProblem } from '@/domain/win-text';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useKindWords } from '@/hooks/use-kind-words';
import { requestPersistenceOnce } from '@/pwa/request-persistence';
import { useAppStore } from '@/store/store';

export type SaveProblem = WinFieldsProblem | 'future-day' | 'full' | 'not-saved';

export interface WinToSave {
  text: string;
  why?: string;
  tags?: string;
  valueIds?: string[];
  /** The prompt on screen when the win was written. */
  promptId?: string | null;
  /** From the reframe flow: what was hard, and whether it may come out of the jar with the win. */
  struggle?: { text: string; inJar: boolean };
  /** The stored draft it was written in, which goes in the same transaction as the win arrives. */
  fromDraft?: DraftKey;
  /** For the current day whatever day the composer has chosen (the lock screen cannot show it). */
  forToday?: boolean;
}

/**
 * Saves a win for the day being filled in, then celebrates it. Returns the
 * problem instead of throwing, so the caller can keep the words and explain.
 */
export function useSaveWin(): (input: WinToSave) => Promise<SaveProblem | null> {
  const today = useCurrentDay();
  const kindWords = useKindWords();
  const chosenDay = useAppStore((state) => state.draft.day);

  return async ({ text, why = '', tags = '', valueIds = [], promptId = null, struggle, fromDraft, forToday = false }) => {
    const checked = checkWinFields({ text, why, tags, ...(struggle ? { struggle: struggle.text } : {}) });
    if (!checked.ok) return checked.problem;
    const day = forToday ? today : (chosenDay ?? today);
    if (isFutureDay(day, today)) return 'future-day';
    try {
      const win = await addWin(
        {
          text: checked.text,
          why: checked.why,
          tags: checked.tags,
          day,
          promptId,
          valueIds,
          ...(struggle ? { struggle: { text: checked.struggle, inJar: struggle.inJar } } : {}),
        },
        Date.now(),
        fromDraft ? { fromDraft } : {},
      );
      const { kindWord, celebrateSave, announce } = useAppStore.getState();
      const word = pickKindWord(kindWord, kindWords);
      celebrateSave(win.id, word);
      announce(`Saved: ${checked.text}. ${word}`);
      void requestPersistenceOnce().catch(() => undefined);
      return null;
    } catch (error) {
      return writeProblemOf(error);
    }
  };
}
