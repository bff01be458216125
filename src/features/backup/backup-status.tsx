import type { BackupStatus as Status } from '@/db/repo/backup';
import { needsBackupNudge } from '@/domain/export-writers';
import { daysAgoInWords } from '@/hooks/use-backup-status';

/** "Last backup: N days ago", and a gentle nudge when it has been a while. */
export function BackupStatus({ status }: { status: Status }) {
  const nudge = needsBackupNudge(status.daysSince, status.newWinsSince);
  return (
    <div className="setting">
      <p>
        {status.lastBackupAt === null
          ? 'Last backup: none yet.'
          : `Last backup: ${daysAgoInWords(status.daysSince ?? 0)}.`}
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
