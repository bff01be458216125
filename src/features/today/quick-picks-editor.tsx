import { useLiveQuery } from 'dexie-react-hooks';
import { ListEditor } from '@/components/list-editor';
import { quickPicksRepo } from '@/db/repo/quick-picks';
import { listEditorActions } from '@/hooks/list-editor-actions';

const actions = listEditorActions(quickPicksRepo);

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
