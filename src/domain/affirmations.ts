import type { ListItem, ListRow } from './custom-list';

export type Affirmation = ListItem;
export type AffirmationRow = ListRow<Affirmation>;

/** Said after a save and after a pull, and one at a time in "Say it to yourself". Warm, plain, never about doing more. */
export const builtInAffirmations: readonly Affirmation[] = [
  'That counts. It really does.',
  'Noticed and kept. Well done.',
  'A small step, and it mattered.',
  'You showed up for yourself there.',
  'Look at you, doing the hard thing.',
  'That took something. Be proud of it.',
  'One more piece of evidence that you are getting there.',
  'Gently done.',
  'Your effort is worth writing down.',
  'Kept safe in the jar.',
  'You are allowed to go at your own pace.',
  'Rest is part of the work, too.',
  'You have got through every hard day so far.',
  'Small steps still move you forward.',
  'You are doing better than you think.',
].map((text, index) => ({ id: `affirmation-${index + 1}`, text, hidden: false, builtIn: true }));
