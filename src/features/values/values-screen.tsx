import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ListEditor } from '@/components/list-editor';
import { summariseValues } from '@/db/repo/value-summaries';
import { valuesRepo } from '@/db/repo/values';
import { suggestedValues } from '@/domain/values';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useValues } from '@/hooks/use-values';
import { ValueSummaryCard } from './value-summary-card';
import { listEditorActions } from '@/hooks/list-editor-actions';
import { BackLink } from '@/components/back-link';
import { useScreenTitle } from '@/hooks/use-screen-title';

const actions = listEditorActions(valuesRepo);

/** The person's values: what they are, and when their wins touched them. */
export function ValuesScreen() {
  useScreenTitle('Your values');
  const today = useCurrentDay();
  const values = useValues();
  const summaries = useLiveQuery(() => summariseValues(today), [today]);
  const [editing, setEditing] = useState(false);
  // Taken from the summaries rather than the list of values, so that a value added here leaves
  // the suggestions as its card arrives, not before.
  const taken = new Set(summaries?.map(({ value }) => value.text.toLocaleLowerCase()));
  const suggestions = suggestedValues.filter((name) => !taken.has(name.toLocaleLowerCase()));
  const active = (summaries ?? []).filter((summary) => !summary.value.hidden);

  return (
    <div className="values">
      <BackLink href="/more" to="More" />
      <header className="screen-header">
        <p className="eyebrow">Values</p>
        <h1>What matters to you</h1>
      </header>
      {/* Nothing under the heading until the values are read: drawn first, Add a value stood at
          the top and dropped to the foot of the screen as the values' cards came in above it. */}
      {summaries !== undefined && (
        <>
          {active.length === 0 && (
            <p className="empty">
              Name a few things that matter to you. Then, when you write a win, you can mark the values it touched, and
              see here how often you act on them.
            </p>
          )}
          {active.map((summary) => (
            <ValueSummaryCard key={summary.value.id} summary={summary} today={today} />
          ))}
          <section className="panel" aria-labelledby="add-values-title">
            <h2 id="add-values-title">Add a value</h2>
            <ul className="chips" aria-label="Suggested values">
              {suggestions.map((name) => (
                <li key={name}>
                  <button type="button" className="chip" onClick={() => void valuesRepo.add({ text: name })} aria-label={`Add ${name}`}>
                    + {name}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Write your own, rename, reorder or archive
            </button>
          </section>
        </>
      )}
      {editing && (
        <ListEditor
          title="Your values"
          itemName="Value"
          addLabel="Add a value in your own words"
          hideLabel="Archive"
          items={values}
          actions={actions}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}
