import { useLiveQuery } from 'dexie-react-hooks';
import { readBackupStatus, type BackupStatus as Status } from '@/db/repo/backup';
import { needsBackupNudge } from '@/domain/export-writers';

function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** The backup reminder's reading, following the database; undefined until read. */
export function useBackupStatus(): Status | undefined {
  return useLiveQuery(() => readBackupStatus(), []);
}

/** "Last backup: N days ago", and a gentle nudge when it has been a while. */
export function BackupStatus({ status }: { status: Status }) {
  const nudge = needsBackupNudge(status.daysSince, status.newWinsSince);
  return (
    <div className="setting">
      <p>
        {status.lastBackupAt === null
          ? 'Last backup: none yet.'
          : `Last backup: ${daysAgo(status.daysSince ?? 0)}.`}
      </p>
      {nudge && (
        <p className="note">
          It has been a while, and your wins are worth keeping. A backup saved somewhere off this device keeps them safe
          if the phone is lost or the browser clears its storage.
        </p>
      )}
    </div>
  );
}

/** The one line the More screen's entry for backups shows when a backup is due; null when it is not. */
export function backupDueLine(status: Status): string | null {
  if (!needsBackupNudge(status.daysSince, status.newWinsSince)) return null;
  if (status.lastBackupAt === null) return 'No backup yet. A copy kept off this device keeps your wins safe.';
  const since = needsBackupNudge(status.daysSince, 0) ? `Your last backup was ${daysAgo(status.daysSince ?? 0)}` : 'Lots of new wins since your last backup';
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
