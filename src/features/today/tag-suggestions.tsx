import { useLiveQuery } from 'dexie-react-hooks';
import { listKnownTags } from '@/db/repo/wins';
import { formatTags, parseTags } from '@/domain/tags';

const MAX_SUGGESTIONS = 8;

/** Tags used before, offered as one-tap additions. */
export function TagSuggestions({ typed, onPick }: { typed: string; onPick: (tags: string) => void }) {
  const known = useLiveQuery(listKnownTags, []);
  const chosen = parseTags(typed);
  const chosenKeys = new Set(chosen.map((tag) => tag.toLocaleLowerCase()));
  const suggestions = (known ?? []).filter((tag) => !chosenKeys.has(tag.toLocaleLowerCase())).slice(0, MAX_SUGGESTIONS);
  if (suggestions.length === 0) return null;

  return (
    <ul className="chips" aria-label="Tags you have used before">
      {suggestions.map((tag) => (
        <li key={tag}>
          <button
            type="button"
            className="chip"
            onClick={() => onPick(formatTags([...chosen, tag]))}
            aria-label={`Add tag ${tag}`}
          >
            + {tag}
          </button>
        </li>
      ))}
    </ul>
  );
}
