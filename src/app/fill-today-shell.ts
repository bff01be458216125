import { dayInWords, dayOf, isBeforeDayStart } from '@/domain/day';
import { defaultSettings } from '@/domain/settings';
import { earlyPrompt } from '@/hooks/early-prompt';
import { readDeviceKey } from '@/db/device-keys';
import { eveningNoteDue, LOGGED_DAY_KEY, SHELL_NOTE_IDS } from '@/domain/day-note-rules';
import { readLockHint } from '@/store/slices/lock-slice';

/** The element in index.html's #root that holds the Today shell (`today-shell.tsx`). */
export const TODAY_SHELL_ID = 'today-shell';

/** The addresses whose first screen is Today. */
const todayPaths: readonly string[] = ['/', '/log'];

/**
 * Makes index.html's Today shell say what the app's first render will say, before the first
 * paint: the day in words and the prompt of the day, worked out exactly as that render works
 * them out (the default start of the day, since the settings are not read yet, and
 * `earlyPrompt`). Then it shows the shell, which starts hidden so that nothing shows if this
 * never runs. Where the first render is not Today, it removes the shell instead: another
 * address, or a lock (the lock screen shows nothing of the journal, so neither does the shell).
 *
 * Before the day starts (midnight to 4 am), and in the evening while no win is known for today,
 * the first render puts a note above the field: the shell shows the same note, so the field
 * is already where it will stay.
 *
 * Returns whether the shell shows.
 */
export function fillTodayShell(shell: HTMLElement, now: Date, path: string): boolean {
  const heading = shell.querySelector('h1');
  const composer = shell.querySelector('.composer');
  const prompt = shell.querySelector('.composer-prompt');
  if (!todayPaths.includes(path) || readLockHint() || !heading || !composer || !prompt) {
    shell.remove();
    return false;
  }
  const { dayStartsAtHour } = defaultSettings;
  const day = dayOf(now, dayStartsAtHour);
  heading.textContent = dayInWords(day);
  prompt.textContent = earlyPrompt(day)?.text ?? '\u00a0';
  const dayText = shell.querySelector(`#${SHELL_NOTE_IDS.lateNightDay}`);
  if (dayText) dayText.textContent = dayInWords(day);
  // The note for this moment shows; the other goes, so the shell is laid out as the app will be.
  const due = isBeforeDayStart(now, dayStartsAtHour)
    ? SHELL_NOTE_IDS.lateNight
    : eveningNoteDue(now, day, readDeviceKey(LOGGED_DAY_KEY))
      ? SHELL_NOTE_IDS.evening
      : null;
  for (const id of [SHELL_NOTE_IDS.lateNight, SHELL_NOTE_IDS.evening]) {
    const note = shell.querySelector(`#${id}`);
    if (id === due) note?.removeAttribute('hidden');
    else note?.remove();
  }
  shell.hidden = false;
  return true;
}
