/** A one-tap example of a small win. Built-ins ship with the app; the person can add their own. */
export interface QuickPick {
  id: string;
  text: string;
  hidden: boolean;
  /** True for the ones that ship with the app: those can be hidden but not removed. */
  builtIn: boolean;
}

/** How a pick is stored once the person has changed the list. Booleans are 0/1 so they could be indexed. */
export interface QuickPickRow {
  id: string;
  text: string;
  hidden: 0 | 1;
  builtIn: 0 | 1;
  order: number;
  createdAt: number;
  updatedAt: number;
}

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

/**
 * The list to show: the stored rows in their order, then any built-in the
 * person has never touched (such as one added by a newer version of the app).
 */
export function mergeQuickPicks(rows: readonly QuickPickRow[]): QuickPick[] {
  const stored = [...rows]
    .sort((a, b) => a.order - b.order)
    .map((row) => ({ id: row.id, text: row.text, hidden: row.hidden === 1, builtIn: row.builtIn === 1 }));
  const storedIds = new Set(stored.map((pick) => pick.id));
  return [...stored, ...builtInQuickPicks.filter((pick) => !storedIds.has(pick.id))];
}
