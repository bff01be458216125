import { mergeQuickPicks, type QuickPick, type QuickPickRow } from '@/domain/quick-picks';
import { db } from '../database';

export function listQuickPicks(): Promise<QuickPick[]> {
  return db.transaction('r', db.quickPicks, async () => mergeQuickPicks(await db.quickPicks.toArray()));
}

/**
 * Writes the whole list in its new order. Built-ins live in code until the
 * person first changes the list; from then on every pick has a row.
 */
async function rewrite(change: (picks: QuickPick[]) => QuickPick[], now: number): Promise<void> {
  await db.transaction('rw', db.quickPicks, async () => {
    const rows = await db.quickPicks.toArray();
    const createdAt = new Map(rows.map((row) => [row.id, row.createdAt]));
    const next = change(mergeQuickPicks(rows));
    const nextRows: QuickPickRow[] = next.map((pick, index) => ({
      id: pick.id,
      text: pick.text,
      hidden: pick.hidden ? 1 : 0,
      builtIn: pick.builtIn ? 1 : 0,
      order: index,
      createdAt: createdAt.get(pick.id) ?? now,
      updatedAt: now,
    }));
    const keep = new Set(next.map((pick) => pick.id));
    await db.quickPicks.bulkDelete(rows.filter((row) => !keep.has(row.id)).map((row) => row.id));
    await db.quickPicks.bulkPut(nextRows);
  });
}

export function addQuickPick(text: string, now = Date.now()): Promise<void> {
  return rewrite((picks) => [...picks, { id: crypto.randomUUID(), text, hidden: false, builtIn: false }], now);
}

export function editQuickPick(id: string, text: string, now = Date.now()): Promise<void> {
  return rewrite((picks) => picks.map((pick) => (pick.id === id ? { ...pick, text } : pick)), now);
}

export function setQuickPickHidden(id: string, hidden: boolean, now = Date.now()): Promise<void> {
  return rewrite((picks) => picks.map((pick) => (pick.id === id ? { ...pick, hidden } : pick)), now);
}

/** Moves a pick one place up (-1) or down (+1). */
export function moveQuickPick(id: string, step: -1 | 1, now = Date.now()): Promise<void> {
  return rewrite((picks) => {
    const from = picks.findIndex((pick) => pick.id === id);
    const to = from + step;
    const moving = picks[from];
    const other = picks[to];
    if (from < 0 || !moving || !other) return picks;
    const next = [...picks];
    next[from] = other;
    next[to] = moving;
    return next;
  }, now);
}

/** Removes one of the person's own picks; built-ins can only be hidden. */
export function removeQuickPick(id: string, now = Date.now()): Promise<void> {
  return rewrite((picks) => picks.filter((pick) => pick.id !== id || pick.builtIn), now);
}
