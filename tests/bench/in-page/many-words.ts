// A backup with many distinct words, from inside the page: the stored history again, each win
// given a name of its own as a tag, as a real journal's people and places give it words no other
// win has. The seeded texts share about 450 words, and an import's cost grows with the words it
// indexes, not only with its wins: this is the file that showed it.
import { collectExport } from '@/db/repo/backup';
import { searchWins } from '@/db/repo/history';
import { prepareSeal } from '@/domain/backup-crypto';
import { backupBlob } from '@/domain/backup-file';
import type { ExportFile } from '@/domain/export-format';
import { winSearchWords } from '@/domain/search-text';
import { keepBackup } from './data';

// Sixteen syllables, five to every name: over a million names, and none the start of another
// (a search for one finds only its own win; the search matches words by their start).
const SYLLABLES = ['ba', 'ko', 'ri', 'me', 'su', 'ta', 'li', 'no', 've', 'da', 'zu', 'pe', 'ha', 'mi', 'ro', 'ge'];

/** A made-up name for the nth win ("Bakorimesu"), different for every n below 16⁵. */
export function nameFor(n: number): string {
  let word = '';
  let rest = n;
  for (let place = 0; place < 5; place += 1) {
    word = (SYLLABLES[rest % SYLLABLES.length] ?? '') + word;
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function withNames(file: ExportFile): ExportFile {
  const wins = file.data.wins.map((win, index) => ({ ...win, tags: [...win.tags, nameFor(index)] }));
  return { ...file, data: { ...file.data, wins } };
}

export interface ManyWordsBackups {
  wins: number;
  distinctWords: number;
}

/**
 * The stored history exported with a name added to every win, kept plain and sealed for
 * timeImport's 'many-words' files. Untimed: only the import of these files is measured.
 */
export async function prepareManyWordsBackups(passphrase: string): Promise<ManyWordsBackups> {
  const file = withNames(await collectExport());
  keepBackup('many-words', false, await backupBlob(file));
  keepBackup('many-words', true, await backupBlob(file, await prepareSeal(passphrase)));
  const words = new Set(file.data.wins.flatMap((win) => winSearchWords(win)));
  return { wins: file.data.wins.length, distinctWords: words.size };
}

/** Names searched for after the import, spread over the file; each must find its one win. */
export async function missingNames(wins: number, samples: number): Promise<string[]> {
  const missing: string[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const name = nameFor(Math.floor((sample * (wins - 1)) / Math.max(1, samples - 1)));
    const found = await searchWins(name, {}, 10);
    if (found.wins.length !== 1) missing.push(`${name} (${found.wins.length} found)`);
  }
  return missing;
}
