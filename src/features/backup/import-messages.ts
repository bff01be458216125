import type { ImportPreview } from '@/db/repo/backup';
import { dayInWords } from '@/domain/day';
import { updateThenPickAgain } from '@/domain/newer-file-words';
import type { ImportProblem } from '@/domain/read-import';
import type { StorageProblem } from '@/db/storage-problem';
import { duplicatedRow } from './import-detail';

// The journal and the spreadsheet start "small-wins-" too, so the name's end tells a backup apart.
const pickOurs = 'Pick a backup that Small Wins saved: its name starts with “small-wins-” and ends in .json.';
const forReading = (what: string) =>
  `That is the ${what} Small Wins saves for reading, not a backup, so it cannot come back in. Nothing was changed. ` +
  'To bring your wins back, pick a backup instead: its name ends in .json (or .sealed.json, when it is sealed).';
const tryAnotherCopy = 'If you have another copy of this backup, try that one, or save a fresh backup on the device it came from.';

/** What went wrong with a file, that nothing changed, and what to do next. */
export function importProblemMessage(problem: ImportProblem, detail?: string): string {
  switch (problem) {
    case 'too-large':
      return 'That file is far larger than any Small Wins backup, so it was not read. Nothing was changed. Check that you picked the right file.';
    case 'empty':
      return 'That file is empty, so there was nothing in it to bring in. Nothing was changed. If it was meant to be a backup, try another copy, or save a fresh backup on the device it came from.';
    case 'our-journal':
      return forReading('journal');
    case 'our-spreadsheet':
      return forReading('spreadsheet');
    case 'not-json':
      return `That file is not a Small Wins backup (it is not JSON). Nothing was changed. ${pickOurs}`;
    case 'cut-short':
      return `That backup stops part-way, as a file does when its download or copy was cut short, so none of it was brought in. Nothing was changed. ${tryAnotherCopy}`;
    case 'unsafe-keys':
      return `That file holds something a Small Wins backup never does, so it was not read. Nothing was changed. ${pickOurs}`;
    case 'not-ours':
      return `That file looks like it comes from another app, not Small Wins. Nothing was changed. ${pickOurs}`;
    case 'newer-version':
      return `That backup comes from a newer version of Small Wins. Nothing was changed. ${updateThenPickAgain}`;
    case 'invalid': {
      // readImport's detail is already a clause in plain words (domain/import-issue-words.ts).
      const what = detail === undefined ? '' : `: ${detail}`;
      return `Part of that file is not what a Small Wins backup holds${what}. None of it was brought in, and nothing was changed. ${tryAnotherCopy}`;
    }
    case 'duplicate-ids':
      return `That file lists the same ${duplicatedRow(detail)} twice, so none of it was brought in. Nothing was changed. ${tryAnotherCopy}`;
  }
}

/** Open backup was pressed with the passphrase field empty. */
export const passphraseNeededMessage = 'Type the passphrase this backup was sealed with, then press Open backup.';

/** A file that could not be read from the device at all (moved, or taken away, since it was picked). */
export const unreadableFileMessage = 'That file could not be read. Nothing was changed. Pick it again, or copy it onto this device first.';

/** Something unforeseen stopped the reading part-way (see features/backup/read-backup.ts). */
export const readingStoppedMessage = 'Small Wins could not finish reading that file. Nothing was changed. Pick it again; if it keeps happening, reload the app.';

/** Opening a sealed file stopped for a reason other than the passphrase or the file. */
export const unopenedMessage = 'That backup could not be opened. Nothing in the app has changed. Try again in a moment.';

/** The file is fine, but comparing it with what is here failed (the database was closed under it). */
export const previewFailedMessage = 'Small Wins could not compare that backup with what is here just now. Nothing was changed. Pick the file again; if it keeps happening, reload the app.';

/**
 * The worker holding the checked file ended before the import did (a phone short of memory can
 * end one): its transaction ended unfinished with it, so nothing changed, but the file must be
 * picked again.
 */
export const bringingInStoppedMessage = 'Small Wins could not finish bringing that file in, so none of it was kept and your wins are as they were. Pick the file again; if it keeps happening, reload the app.';

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

const winCount = (count: number) => (count === 1 ? '1 win' : `${count.toLocaleString('en')} wins`);

/** Of the file's wins (`wins` of them), how many are here already and how many were deleted here since. */
function hereSentence(wins: number, alreadyHere: number, staysDeleted: number): string {
  const sentences: string[] = [];
  const them = (count: number, singular: string, plural: string) =>
    wins === 1 ? `It ${singular}` : `${count.toLocaleString('en')} of them ${count === 1 ? singular : plural}`;
  if (alreadyHere > 0) sentences.push(`${them(alreadyHere, 'is', 'are')} already here.`);
  // The merge keeps the copy changed last, and here that is the deletion.
  if (staysDeleted > 0) sentences.push(`${them(staysDeleted, 'was deleted on this device, and stays', 'were deleted on this device, and stay')} deleted.`);
  if (sentences.length === 0) sentences.push(wins === 1 ? 'It is not here yet.' : 'None of them are here yet.');
  return sentences.join(' ');
}

/**
 * "3 wins, from ... to .... 1 of them is already here." Only the wins the file keeps are
 * counted; its deletions are named only when they would take a win away from this device.
 */
export function previewSentence({ wins, firstDay, lastDay, alreadyHere, staysDeleted, removedHere }: ImportPreview): string {
  const removed = removedHere === 0 ? '' : ` ${winCount(removedHere)} deleted on another device will be removed here too.`;
  if (wins === 0 || firstDay === null || lastDay === null) return `This file holds no wins.${removed}`;
  const when = firstDay === lastDay ? `on ${dayAndYear(firstDay)}` : `from ${dayAndYear(firstDay)} to ${dayAndYear(lastDay)}`;
  return `${winCount(wins)}, ${when}. ${hereSentence(wins, alreadyHere, staysDeleted)}${removed}`;
}
