import { withCommas } from '@/domain/with-commas';
import { TAGS_MAX } from '@/domain/tags';
import { WIN_TEXT_MAX } from '@/domain/win';
import type { SaveProblem } from '@/hooks/use-save-win';

const limit = withCommas(WIN_TEXT_MAX);

/** What went wrong and what to do next. The words typed are always kept. */
export const saveProblemMessage: Record<SaveProblem, string> = {
  empty: 'Write a few words about your win first. Anything counts.',
  'too-long': `That is longer than ${limit} characters. Trim it a little and save again; nothing is lost.`,
  'why-too-long': `“Why it mattered” is longer than ${limit} characters. Trim it a little and save again.`,
  'struggle-too-long': `What was hard is longer than ${limit} characters. Go back a step to trim it; nothing is lost.`,
  'too-many-tags': `That is more than ${withCommas(TAGS_MAX)} tags. Keep the ones that matter most and save again.`,
  'future-day': 'That day has not come yet. Pick today or a day before it.',
  full: 'Your device’s storage is full, so this win could not be saved. It is still here: free up some space and press Save again.',
  'not-saved': 'That win could not be saved just now. It is still here: press Save to try again.',
};
