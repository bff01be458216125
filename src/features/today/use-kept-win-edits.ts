import { useEffect, useState } from 'react';
import type { WinEdit } from '@/domain/win-edit';

const none: ReadonlyMap<string, WinEdit> = new Map();

/**
 * Changes kept from editors the lock or a reload took away, by win id: undefined while read.
 * Read once as the list opens (after the last keystroke's write lands); an editor open since
 * holds its own changes.
 */
export function useKeptWinEdits(): ReadonlyMap<string, WinEdit> | undefined {
  const [kept, setKept] = useState<ReadonlyMap<string, WinEdit>>();
  useEffect(() => {
    let open = true;
    // Loaded here rather than with Today: most evenings nothing is kept, and the first
    // download stays as small as it was.
    import('./win-edit-writers')
      .then((writers) => writers.readKeptWinEdits())
      .then(
        (edits) => open && setKept(edits),
        // Storage closed: the wins still show, as they are.
        () => open && setKept(none),
      );
    return () => {
      open = false;
    };
  }, []);
  return kept;
}
