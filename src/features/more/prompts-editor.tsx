import { useLiveQuery } from 'dexie-react-hooks';
import { useLocation } from 'wouter';
import { ListEditor } from '@/components/list-editor';
import { showChosenPrompt } from '@/db/repo/chosen-prompt';
import { promptsRepo } from '@/db/repo/prompts';
import { keepPrompt } from '@/hooks/early-prompt';
import { listEditorActions } from '@/hooks/list-editor-actions';
import { useCurrentDay } from '@/hooks/use-current-day';

const promptActions = listEditorActions(promptsRepo, { theme: 'own' });

/** The person's prompts, to arrange, and to choose one to write about now. */
export function PromptsEditor({ onClose }: { onClose: () => void }) {
  const prompts = useLiveQuery(promptsRepo.list, []);
  const today = useCurrentDay();
  const [, navigate] = useLocation();

  async function writeAbout(id: string) {
    const prompt = prompts?.find((candidate) => candidate.id === id);
    if (!prompt) return;
    await showChosenPrompt(today, id);
    // Kept for Today's first render too, which otherwise shows the last prompt it kept until
    // the database answers: the old prompt would flash up before the chosen one.
    keepPrompt(today, prompt);
    // Today opens with its field ready, under the chosen prompt; leaving More closes the sheet.
    navigate('/');
  }

  return (
    <ListEditor
      title="Your prompts"
      itemName="Prompt"
      addLabel="Add a prompt of your own"
      items={prompts}
      actions={promptActions}
      itemAction={{ label: 'Write about this', run: (id) => void writeAbout(id) }}
      onClose={onClose}
    />
  );
}
