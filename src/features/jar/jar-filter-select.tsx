import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { listJarTags } from '@/db/repo/jar';
import { useAppStore } from '@/store/store';

/** Narrows pulls to one tag; hidden until there are tags to choose from. */
export function JarFilterSelect() {
  const tags = useLiveQuery(listJarTags, []);
  const filter = useAppStore((state) => state.jarFilter);
  const setJarFilter = useAppStore((state) => state.setJarFilter);
  const id = useId();
  if (!tags || tags.length === 0) return null;
  return (
    <div className="setting">
      <label htmlFor={id}>Pull from</label>
      <select
        id={id}
        className="text-input"
        value={filter?.value ?? ''}
        onChange={(event) => setJarFilter(event.target.value ? { kind: 'tag', value: event.target.value } : null)}
      >
        <option value="">The whole jar</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            Tagged “{tag}”
          </option>
        ))}
      </select>
    </div>
  );
}
