import type { ListEditorActions } from '@/components/list-editor';
import type { CustomListRepo } from '@/db/repo/custom-list';
import { removeListItem } from '@/db/repo/custom-list-removal';
import type { ListItem } from '@/domain/custom-list';

/**
 * What the list editor needs, from a customisable list's repository. `extra` fills the
 * fields a new item of that list needs besides its text (a prompt's theme, say).
 */
export function listEditorActions<T extends ListItem>(
  repo: CustomListRepo<T>,
  extra: Omit<T, keyof ListItem> = {} as Omit<T, keyof ListItem>,
): ListEditorActions {
  return {
    add: (text) => repo.add({ ...extra, text } as Omit<T, 'id' | 'hidden' | 'builtIn'>),
    edit: (id, text) => repo.edit(id, { text } as Partial<Omit<T, 'id' | 'builtIn'>>),
    setHidden: (id, hidden) => repo.setHidden(id, hidden),
    move: (id, step) => repo.move(id, step),
    remove: (id) => removeListItem(repo, id),
    restoreBuiltIns: () => repo.restoreBuiltIns(),
  };
}
