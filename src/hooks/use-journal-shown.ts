import { useAppStore } from '@/store/store';

/**
 * Whether what the journal already holds may be shown. Not while the app cannot yet tell
 * whether a lock is set: opened with no lock hint (see lock-slice.ts), the first settings read
 * decides, and until then only an empty composer shows. (Once locked, the lock screen replaces
 * every screen; see app-shell.tsx.)
 */
export function useJournalShown(): boolean {
  return useAppStore((state) => state.lockKnown);
}
