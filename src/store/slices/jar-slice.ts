import type { StateCreator } from 'zustand';
import type { JarFilter } from '@/domain/jar-filter';

export interface JarSlice {
  /** The slip on show after a pull; its content is read live from the database. */
  pulledId: string | null;
  /** Set when the person narrows the jar, such as to one tag. */
  jarFilter: JarFilter | null;
  /** Slips already pulled under the current filter, so none repeats until all have come out. */
  filterSeen: readonly string[];
  showPulled: (id: string | null) => void;
  setJarFilter: (filter: JarFilter | null) => void;
  setFilterSeen: (seen: readonly string[]) => void;
}

export const createJarSlice: StateCreator<JarSlice, [], [], JarSlice> = (set) => ({
  pulledId: null,
  jarFilter: null,
  filterSeen: [],
  showPulled: (pulledId) => set({ pulledId }),
  setJarFilter: (jarFilter) => set({ jarFilter, filterSeen: [] }),
  setFilterSeen: (filterSeen) => set({ filterSeen }),
});
