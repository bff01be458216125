import { formatTags } from './tags';
import type { Win } from './win';

/** A win's fields as the editor holds them while they are changed: tags as typed, parsed on save. */
export interface WinEdit {
  text: string;
  why: string;
  tags: string;
  valueIds: string[];
}

/** What the editor opens with for a win nobody has started changing. */
export function editOf(win: Pick<Win, 'text' | 'why' | 'tags' | 'valueIds'>): WinEdit {
  return { text: win.text, why: win.why, tags: formatTags(win.tags), valueIds: win.valueIds };
}

/** Whether an edit would change the win. Values in any order are the same values. */
export function editChangesWin(edit: WinEdit, win: Pick<Win, 'text' | 'why' | 'tags' | 'valueIds'>): boolean {
  const sameValues = [...edit.valueIds].sort().join() === [...win.valueIds].sort().join();
  return edit.text !== win.text || edit.why !== win.why || edit.tags !== formatTags(win.tags) || !sameValues;
}
