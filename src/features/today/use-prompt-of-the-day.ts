import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { readPromptOfTheDay, recordPromptShown, showAnotherPrompt } from '@/db/repo/prompts';
import type { Prompt } from '@/domain/prompts';
import { useCurrentDay } from '@/hooks/use-current-day';
import { earlyPrompt, keepPrompt } from '@/hooks/early-prompt';

/** The day's prompt, kept the same all day once shown, and a way to see another. */
export function usePromptOfTheDay(): { prompt: Prompt | null | undefined; another: () => void } {
  const today = useCurrentDay();
  const current = useLiveQuery(() => readPromptOfTheDay(today), [today]);
  const early = useMemo(() => earlyPrompt(today), [today]);

  useEffect(() => {
    if (!current?.prompt) return;
    keepPrompt(today, current.prompt);
    // Remembering what was shown keeps it stable all day and lets it rest for two weeks after.
    if (!current.recorded) void recordPromptShown(today, current.prompt.id).catch(() => undefined);
  }, [current, today]);

  const prompt = current ? current.prompt : (early ?? undefined);
  return { prompt, another: () => void showAnotherPrompt(today, prompt?.id) };
}
