import { db, type SmallWinsDatabase } from '@/db/database';
import { classifyStorageError } from '@/db/storage-problem';
import { useAppStore } from '@/store/store';

/**
 * Opens the database early and reports, instead of failing silently, when it
 * cannot be used or when another tab has upgraded it under this one.
 */
export function watchDatabase(database: SmallWinsDatabase = db): Promise<void> {
  const { reportStorageProblem } = useAppStore.getState();
  database.on('versionchange', () => {
    // This tab's code targets the old schema: close so the other tab's upgrade goes ahead,
    // and ask the person to reload rather than let the next write fail.
    database.close({ disableAutoOpen: true });
    reportStorageProblem('upgraded-elsewhere');
    return false;
  });
  return database.open().then(
    () => undefined,
    (error: unknown) => reportStorageProblem(classifyStorageError(error)),
  );
}
