import { describe, expect, it } from 'vitest';
import { mergeList, moveItem } from '@/domain/custom-list';
import { builtInQuickPicks, type QuickPickRow } from '@/domain/quick-picks';

const mergeQuickPicks = (rows: QuickPickRow[]) => mergeList(builtInQuickPicks, rows);

function row(overrides: Partial<QuickPickRow> & Pick<QuickPickRow, 'id' | 'order'>): QuickPickRow {
  return { text: 'x', hidden: 0, builtIn: 0, createdAt: 0, updatedAt: 0, ...overrides };
}

describe('mergeList', () => {
  it('offers the built-ins in their order before anything is changed', () => {
    expect(mergeQuickPicks([]).map((pick) => pick.text)).toEqual(builtInQuickPicks.map((pick) => pick.text));
  });

  it('follows the stored order and appends built-ins that were never stored', () => {
    const rows = [
      row({ id: 'mine', text: 'Fed the cat', order: 1 }),
      row({ id: 'builtin-3', text: 'Set a boundary', builtIn: 1, hidden: 1, order: 0 }),
    ];
    const merged = mergeQuickPicks(rows);
    expect(merged.slice(0, 2)).toEqual([
      { id: 'builtin-3', text: 'Set a boundary', hidden: true, builtIn: true },
      { id: 'mine', text: 'Fed the cat', hidden: false, builtIn: false },
    ]);
    expect(merged).toHaveLength(builtInQuickPicks.length + 1);
    expect(merged.filter((pick) => pick.id === 'builtin-3')).toHaveLength(1);
  });
});

describe('moveItem', () => {
  const items = builtInQuickPicks.slice(0, 3);
  it('swaps with the neighbour, and stays put past either end', () => {
    expect(moveItem(items, 'builtin-2', -1).map((item) => item.id)).toEqual(['builtin-2', 'builtin-1', 'builtin-3']);
    expect(moveItem(items, 'builtin-1', -1).map((item) => item.id)).toEqual(['builtin-1', 'builtin-2', 'builtin-3']);
    expect(moveItem(items, 'builtin-3', 1).map((item) => item.id)).toEqual(['builtin-1', 'builtin-2', 'builtin-3']);
  });
});
