import { useLiveQuery } from 'dexie-react-hooks';
import { readBackupStatus, type BackupStatus } from '@/db/repo/backup';
import { needsBackupNudge } from '@/domain/export-writers';

// The backup reminder's reading, shared by Backups and your data (the full line) and More
// (the nudge at the top), so both say the same thing from the same figures.

/** "today", "yesterday", "12 days ago". */
export function daysAgoInWords(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** The backup reminder's reading, following the database; undefined until read. */
export function useBackupStatus(): BackupStatus | undefined {
  return useLiveQuery(() => readBackupStatus(), []);
}

/** The one line the More screen's entry for backups shows when a backup is due; null when it is not. */
export function backupDueLine(status: BackupStatus): string | null {
  if (!needsBackupNudge(status.daysSince, status.newWinsSince)) return null;
  if (status.lastBackupAt === null) return 'No backup yet. A copy kept off this device keeps your wins safe.';
  const since = needsBackupNudge(status.daysSince, 0)
    ? `Your last backup was ${daysAgoInWords(status.daysSince ?? 0)}`
    : 'Lots of new wins since your last backup';
  return `${since}. A fresh copy keeps your wins safe.`;
}

/**
 * The line for the More screen's nudge, while a backup is due; null when none is, undefined
 * until read. It is read only once the More screen is open: Today's first moment is for the
 * person's day, never for a chore.
 */
export function useBackupDueLine(): string | null | undefined {
  const status = useBackupStatus();
  return status && backupDueLine(status);
}
