import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { listJarTags } from '@/db/repo/jar';
import { filterFromKey, filterKey } from '@/domain/jar-filter';
import { useValues } from '@/hooks/use-values';
import { useAppStore } from '@/store/store';

/** Narrows pulls to one tag or one value; hidden until there is something to choose. */
export function JarFilterSelect() {
  const tags = useLiveQuery(listJarTags, []);
  const values = useValues().filter((value) => !value.hidden);
  const filter = useAppStore((state) => state.jarFilter);
  const setJarFilter = useAppStore((state) => state.setJarFilter);
  const id = useId();
  if ((!tags || tags.length === 0) && values.length === 0) return null;
  return (
    <div className="setting">
      <label htmlFor={id}>Pull from</label>
      <select
        id={id}
        className="text-input"
        value={filterKey(filter)}
        onChange={(event) => setJarFilter(filterFromKey(event.target.value))}
      >
        <option value="">The whole jar</option>
        {values.map((value) => (
          <option key={value.id} value={filterKey({ kind: 'value', value: value.id })}>
            Wins for {value.text}
          </option>
        ))}
        {(tags ?? []).map((tag) => (
          <option key={tag} value={filterKey({ kind: 'tag', value: tag })}>
            Tagged “{tag}”
          </option>
        ))}
      </select>
    </div>
  );
}
