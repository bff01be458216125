import type { ListItem, ListRow } from './custom-list';

/** A one-tap example of a small win. */
export type QuickPick = ListItem;
export type QuickPickRow = ListRow<QuickPick>;

export const builtInQuickPicks: readonly QuickPick[] = [
  'Got out of bed',
  'Used a coping skill',
  'Set a boundary',
  'Was kind to myself',
  'Ate a nourishing meal',
  'Reached out to someone',
  'Named a feeling',
  'Took my medication',
  'Went for a short walk',
].map((text, index) => ({ id: `builtin-${index + 1}`, text, hidden: false, builtIn: true }));
