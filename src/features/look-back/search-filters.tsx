import { useLiveQuery } from 'dexie-react-hooks';
import { listGoals } from '@/db/repo/goals';
import { promptsRepo } from '@/db/repo/prompts';
import { valuesRepo } from '@/db/repo/values';
import { listKnownTags } from '@/db/repo/wins';
import type { HistoryFilter } from '@/domain/history-filter';
import { WrappingSelect } from '@/components/wrapping-select';

interface Choice {
  id: string;
  label: string;
}

function FilterSelect(props: { label: string; value: string | undefined; choices: Choice[]; onChange: (value: string | undefined) => void }) {
  if (props.choices.length === 0) return null;
  return (
    <label className="setting">
      <span>{props.label}</span>
      <WrappingSelect
        choices={[{ value: '', label: 'Any' }, ...props.choices.map((choice) => ({ value: choice.id, label: choice.label }))]}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      />
    </label>
  );
}

/** What the filters offer, read in one go: each choice arriving on its own pushed the rest down. */
async function readChoices() {
  const [tags, values, goals, prompts] = await Promise.all([listKnownTags(), valuesRepo.list(), listGoals(), promptsRepo.list()]);
  return { tags, values, goals, prompts };
}

/** Narrowing the timeline or a search: by tag, value, goal, prompt, favourites, hard days. */
export function SearchFilters({ filter, onChange }: { filter: HistoryFilter; onChange: (filter: HistoryFilter) => void }) {
  const choices = useLiveQuery(readChoices);
  // Unset parts are dropped rather than kept as undefined, so the address stays short.
  const set = (changes: { [K in keyof HistoryFilter]?: HistoryFilter[K] | undefined }) => {
    const merged: Record<string, unknown> = { ...filter, ...changes };
    const next = Object.fromEntries(Object.entries(merged).filter(([, part]) => part !== undefined && part !== false));
    onChange(next);
  };

  if (!choices) return null;
  const { tags, values, goals, prompts } = choices;
  return (
    <div className="filters">
      <FilterSelect label="Tag" value={filter.tag} choices={tags.map((tag) => ({ id: tag, label: tag }))} onChange={(tag) => set({ tag })} />
      <FilterSelect
        label="Value"
        value={filter.valueId}
        choices={values.map((value) => ({ id: value.id, label: value.text }))}
        onChange={(valueId) => set({ valueId })}
      />
      <FilterSelect
        label="Goal"
        value={filter.goalId}
        choices={goals.map(({ goal }) => ({ id: goal.id, label: goal.title }))}
        onChange={(goalId) => set({ goalId })}
      />
      <FilterSelect
        label="Prompt"
        value={filter.promptId}
        choices={prompts.map((prompt) => ({ id: prompt.id, label: prompt.text }))}
        onChange={(promptId) => set({ promptId })}
      />
      <label className="checkbox">
        <input type="checkbox" checked={filter.favourites ?? false} onChange={(event) => set({ favourites: event.target.checked })} />
        Kept close
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filter.foundInStruggle ?? false}
          onChange={(event) => set({ foundInStruggle: event.target.checked })}
        />
        Found in a hard day
      </label>
    </div>
  );
}
