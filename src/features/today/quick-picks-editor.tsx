import { useLiveQuery } from 'dexie-react-hooks';
import { ListEditor } from '@/components/list-editor';
import { quickPicksRepo } from '@/db/repo/quick-picks';

const actions = {
  add: (text: string) => quickPicksRepo.add({ text }),
  edit: (id: string, text: string) => quickPicksRepo.edit(id, { text }),
  setHidden: quickPicksRepo.setHidden,
  move: quickPicksRepo.move,
  remove: quickPicksRepo.remove,
  restoreBuiltIns: quickPicksRepo.restoreBuiltIns,
};

export function QuickPicksEditor({ onClose }: { onClose: () => void }) {
  const picks = useLiveQuery(quickPicksRepo.list, []);
  return (
    <ListEditor
      title="Your quick picks"
      itemName="Quick pick"
      addLabel="Add your own, in your own words"
      items={picks}
      actions={actions}
      onClose={onClose}
    />
  );
}
