import type { ImportPreview } from '@/db/repo/backup';
import { dayInWords } from '@/domain/day';
import type { ImportProblem } from '@/domain/read-import';
import type { StorageProblem } from '@/db/storage-problem';
import { duplicatedRow } from './import-detail';

const pickOurs = 'Pick a backup that Small Wins saved: its name starts with “small-wins-”.';
const tryAnotherCopy = 'If you have another copy of this backup, try that one, or save a fresh backup on the device it came from.';

/** What went wrong with a file, that nothing changed, and what to do next. */
export function importProblemMessage(problem: ImportProblem, detail?: string): string {
  switch (problem) {
    case 'too-large':
      return 'That file is far larger than any Small Wins backup, so it was not read. Nothing was changed. Check that you picked the right file.';
    case 'not-json':
      return `That file is not a Small Wins backup (it is not JSON). Nothing was changed. ${pickOurs}`;
    case 'cut-short':
      return `That backup stops part-way, as a file does when its download or copy was cut short, so none of it was brought in. Nothing was changed. ${tryAnotherCopy}`;
    case 'unsafe-keys':
      return `That file holds something a Small Wins backup never does, so it was not read. Nothing was changed. ${pickOurs}`;
    case 'not-ours':
      return `That file looks like it comes from another app, not Small Wins. Nothing was changed. ${pickOurs}`;
    case 'newer-version':
      return 'That backup comes from a newer version of Small Wins. Nothing was changed. Reload the app to update it, then try again.';
    case 'invalid': {
      // readImport's detail is already a clause in plain words (domain/import-issue-words.ts).
      const what = detail === undefined ? '' : `: ${detail}`;
      return `Part of that file is not what a Small Wins backup holds${what}. None of it was brought in, and nothing was changed. ${tryAnotherCopy}`;
    }
    case 'duplicate-ids':
      return `That file lists the same ${duplicatedRow(detail)} twice, so none of it was brought in. Nothing was changed. ${tryAnotherCopy}`;
  }
}

/** A file that could not be read from the device at all (moved, or taken away, since it was picked). */
export const unreadableFileMessage = 'That file could not be read. Nothing was changed. Pick it again, or copy it onto this device first.';

/** The file is fine, but comparing it with what is here failed (the database was closed under it). */
export const previewFailedMessage = 'Small Wins could not compare that backup with what is here just now. Nothing was changed. Pick the file again; if it keeps happening, reload the app.';

/** The import's one transaction did not finish: nothing of it was kept. Space is named only when it ran out. */
export function importStoppedMessage(problem: StorageProblem): string {
  const asTheyWere = 'so none of it was kept and your wins are as they were.';
  switch (problem) {
    case 'full':
      return `There is not enough space on this device for that backup, ${asTheyWere} Free some space, then press Bring in again.`;
    case 'upgraded-elsewhere':
      return `Small Wins was updated in another tab, ${asTheyWere} Reload this tab, then bring the backup in again.`;
    default:
      return `The import stopped part-way, ${asTheyWere} Press Bring in to try again; if it stops again, reload the app first.`;
  }
}

function dayAndYear(day: string): string {
  return `${dayInWords(day)} ${day.slice(0, 4)}`;
}

/** "3 wins, from ... to .... 1 of them is already here." */
export function previewSentence({ wins, firstDay, lastDay, alreadyHere }: ImportPreview): string {
  if (wins === 0 || firstDay === null || lastDay === null) return 'This file holds no wins.';
  const count = wins === 1 ? '1 win' : `${wins.toLocaleString('en')} wins`;
  const when = firstDay === lastDay ? `on ${dayAndYear(firstDay)}` : `from ${dayAndYear(firstDay)} to ${dayAndYear(lastDay)}`;
  let here: string;
  if (wins === 1) here = alreadyHere === 1 ? 'It is already here.' : 'It is not here yet.';
  else if (alreadyHere === 0) here = 'None of them are here yet.';
  else if (alreadyHere === 1) here = '1 of them is already here.';
  else here = `${alreadyHere.toLocaleString('en')} of them are already here.`;
  return `${count}, ${when}. ${here}`;
}
