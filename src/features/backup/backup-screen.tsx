import { useState } from 'react';
import { StorageStatus, useStorageFacts } from '@/components/storage-status';
import { useBackupStatus } from '@/hooks/use-backup-status';
import { BackupStatus } from './backup-status';
import { DeleteEverything } from './delete-everything';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { LockSettings } from './lock-settings';
import { BackLink } from '@/components/back-link';
import { useScreenTitle } from '@/hooks/use-screen-title';

/** Your data stays yours: where it is, copies of it, bringing it back, and deleting it. */
export function BackupScreen() {
  useScreenTitle('Backups and your data');
  // The first panel says when the last backup was and what the browser keeps: the screen waits
  // for both (a moment), so they arrive with the panels below instead of pushing them down.
  const status = useBackupStatus();
  const storage = useStorageFacts();
  // Bumped by Delete everything: the other panels start afresh, their last words gone with the data.
  const [afresh, setAfresh] = useState(0);
  return (
    <div className="backup">
      <BackLink href="/more" to="More" />
      <header className="screen-header">
        <p className="eyebrow">Your data</p>
        <h1>Backups and your data</h1>
      </header>
      {status && storage.facts && (
        <>
          <section className="panel" aria-labelledby="where-title">
            <h2 id="where-title">Where your wins are</h2>
            <p>Only on this device, in this browser. Nothing is sent anywhere unless you save or share a copy yourself.</p>
            <BackupStatus status={status} />
            <StorageStatus reading={storage} />
          </section>
          <ExportPanel key={`export-${afresh}`} />
          <ImportPanel key={`import-${afresh}`} />
          <LockSettings key={`lock-${afresh}`} />
          <DeleteEverything onDeleting={() => setAfresh((count) => count + 1)} />
        </>
      )}
    </div>
  );
}
