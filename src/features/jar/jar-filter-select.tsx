import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { listJarTags } from '@/db/repo/jar';
import { filterFromKey, filterKey } from '@/domain/jar-filter';
import { useValues } from '@/hooks/use-values';
import { useAppStore } from '@/store/store';
import { WrappingSelect } from '@/components/wrapping-select';

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
      <WrappingSelect
        id={id}
        choices={[
          { value: '', label: 'The whole jar' },
          ...values.map((value) => ({ value: filterKey({ kind: 'value', value: value.id }), label: `Wins for ${value.text}` })),
          ...(tags ?? []).map((tag) => ({ value: filterKey({ kind: 'tag', value: tag }), label: `Tagged “${tag}”` })),
        ]}
        value={filterKey(filter)}
        onChange={(event) => setJarFilter(filterFromKey(event.target.value))}
      />
    </div>
  );
}
