import { useId, useState } from 'react';
import { useAppStore } from '@/store/store';
import { submitOnEnter } from '@/components/submit-on-enter';
import { TagSuggestions } from './tag-suggestions';

/** "Why it mattered" and tags: optional, folded away until asked for, open when a draft holds them. */
export function ComposerDetails({ onSubmit }: { onSubmit: () => void }) {
  const why = useAppStore((state) => state.draft.why);
  const tags = useAppStore((state) => state.draft.tags);
  const updateDraft = useAppStore((state) => state.updateDraft);
  // Opens on request, and by itself when a restored draft already holds a why or tags.
  const [choice, setChoice] = useState<'open' | 'closed' | null>(null);
  const open = choice === 'open' || (choice === null && (why !== '' || tags !== ''));
  const ids = { panel: useId(), why: useId(), tags: useId(), tagsHint: useId() };

  return (
    <div className="composer-details">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={ids.panel}
        onClick={() => setChoice(open ? 'closed' : 'open')}
      >
        {open ? 'Why it mattered and tags' : 'Add why it mattered, or tags'}
      </button>
      <div id={ids.panel} hidden={!open} className="composer-details-panel">
        <label htmlFor={ids.why}>Why it mattered (optional)</label>
        <textarea
          id={ids.why}
          className="composer-field composer-field-small"
          value={why}
          rows={2}
          onChange={(event) => updateDraft({ why: event.target.value })}
          onKeyDown={submitOnEnter(onSubmit)}
        />
        <label htmlFor={ids.tags}>Tags (optional)</label>
        <input
          id={ids.tags}
          className="text-input"
          value={tags}
          onChange={(event) => updateDraft({ tags: event.target.value })}
          onKeyDown={submitOnEnter(onSubmit)}
          aria-describedby={ids.tagsHint}
          autoComplete="off"
        />
        <p id={ids.tagsHint} className="field-hint">
          Separate tags with commas.
        </p>
        {open && <TagSuggestions typed={tags} onPick={(next) => updateDraft({ tags: next })} />}
      </div>
    </div>
  );
}
