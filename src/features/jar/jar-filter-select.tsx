import { useId } from 'react';
import { filterFromKey, filterKey } from '@/domain/jar-filter';
import type { PersonalValue } from '@/domain/values';
import { useAppStore } from '@/store/store';
import { WrappingSelect } from '@/components/wrapping-select';

/** Narrows pulls to one tag or one value; hidden until there is something to choose. */
export function JarFilterSelect({ tags, values: all }: { tags: readonly string[]; values: readonly PersonalValue[] }) {
  const values = all.filter((value) => !value.hidden);
  const filter = useAppStore((state) => state.jarFilter);
  const setJarFilter = useAppStore((state) => state.setJarFilter);
  const id = useId();
  if (tags.length === 0 && values.length === 0) return null;
  return (
    <div className="setting">
      <label htmlFor={id}>Pull from</label>
      <WrappingSelect
        id={id}
        choices={[
          { value: '', label: 'The whole jar' },
          ...values.map((value) => ({ value: filterKey({ kind: 'value', value: value.id }), label: `Wins for ${value.text}` })),
          ...tags.map((tag) => ({ value: filterKey({ kind: 'tag', value: tag }), label: `Tagged “${tag}”` })),
        ]}
        value={filterKey(filter)}
        onChange={(event) => setJarFilter(filterFromKey(event.target.value))}
      />
    </div>
  );
}
