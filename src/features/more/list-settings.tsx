import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ListEditor } from '@/components/list-editor';
import { affirmationsRepo } from '@/db/repo/affirmations';
import { listEditorActions } from '@/hooks/list-editor-actions';
import { PromptsEditor } from './prompts-editor';

const affirmationActions = listEditorActions(affirmationsRepo);

function AffirmationsEditor({ onClose }: { onClose: () => void }) {
  const affirmations = useLiveQuery(affirmationsRepo.list, []);
  return (
    <ListEditor
      title="Your kind words"
      itemName="Kind word"
      addLabel="Add a kind word of your own"
      items={affirmations}
      actions={affirmationActions}
      onClose={onClose}
    />
  );
}

/** Buttons that open the prompt and affirmation lists for editing. */
export function ListSettings() {
  const [open, setOpen] = useState<'prompts' | 'affirmations' | null>(null);
  return (
    <div className="setting">
      <button type="button" className="button" onClick={() => setOpen('prompts')}>
        Edit prompts
      </button>
      <p className="field-hint">Hide the ones that do not fit you, add your own, or choose one to write about now.</p>
      <button type="button" className="button" onClick={() => setOpen('affirmations')}>
        Edit kind words
      </button>
      <p className="field-hint">The words Small Wins says after you save or pull a win.</p>
      {open === 'prompts' && <PromptsEditor onClose={() => setOpen(null)} />}
      {open === 'affirmations' && <AffirmationsEditor onClose={() => setOpen(null)} />}
    </div>
  );
}
