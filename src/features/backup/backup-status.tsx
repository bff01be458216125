import { useLiveQuery } from 'dexie-react-hooks';
import { readBackupStatus } from '@/db/repo/backup';
import { needsBackupNudge } from '@/domain/export-writers';

function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "Last backup: N days ago", and a gentle nudge when it has been a while. */
export function BackupStatus() {
  const status = useLiveQuery(() => readBackupStatus(), []);
  if (!status) return <p className="muted">Checking your last backup…</p>;
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
