import type { ImportProblem } from '@/domain/read-import';

/** What went wrong with a file, and that nothing changed. */
export const importProblemMessage: Record<ImportProblem, string> = {
  'too-large': 'That file is far larger than any Small Wins backup. Nothing was changed. Check that you picked the right file.',
  'not-json': 'That file is not a Small Wins backup (it is not JSON). Nothing was changed. Pick a file that ends in .json.',
  'unsafe-keys': 'That file holds something a Small Wins backup never does, so it was not read. Nothing was changed.',
  'not-ours': 'That file looks like it comes from another app, not Small Wins. Nothing was changed.',
  'newer-version': 'That backup comes from a newer version of Small Wins. Reload the app to update it, then try again. Nothing was changed.',
  invalid: 'Part of that file is not what a Small Wins backup holds, so none of it was imported. Nothing was changed.',
  'duplicate-ids': 'That file lists the same entry twice, so it was not imported. Nothing was changed.',
};
