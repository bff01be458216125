import { useId } from 'react';
import { Link } from 'wouter';
import { useBackupDueLine } from '@/hooks/use-backup-status';
import { InstallPanel } from '@/pwa/install-panel';
import { DayStartSetting } from './day-start-setting';
import { ListSettings } from './list-settings';
import { RhythmSetting } from './rhythm-setting';
import { StorageStatus, useStorageFacts } from '@/components/storage-status';
import { useScreenTitle } from '@/hooks/use-screen-title';
import { CrisisNumbers, HelplineFinder } from '@/components/helpline-finder';

export function MoreScreen() {
  useScreenTitle('More');
  const backupDueId = useId();
  const backupDue = useBackupDueLine();
  const storage = useStorageFacts();
  return (
    <div className="more">
      <header className="screen-header">
        <p className="eyebrow">More</p>
        <h1>Settings and help</h1>
      </header>
      {/* Everything below the heading waits for the backup and storage readings (a moment), so
          the nudge, at the top, arrives with the rest instead of pushing the screen down after it has shown. */}
      {backupDue !== undefined && storage.facts && (
        <>
          {/* The backup nudge comes first while one is due: lower down, a phone showed it only two
              screens into More, where someone changing a setting never scrolled. */}
          {backupDue && (
            <section aria-labelledby={backupDueId} className="panel">
              <p id={backupDueId}>{backupDue}</p>
              <Link href="/backup" className="button">
                Backups and your data
              </Link>
            </section>
          )}
          <InstallPanel />
          <section aria-labelledby="settings-title" className="panel">
            <h2 id="settings-title">Settings</h2>
            <DayStartSetting />
            <RhythmSetting />
            <Link href="/reminders" className="button">
              Reminders
            </Link>
            <ListSettings />
          </section>
          <section aria-labelledby="growing-title" className="panel">
            <h2 id="growing-title">What you are growing</h2>
            <Link href="/values" className="button">
              Your values
            </Link>
            <Link href="/goals" className="button">
              Teeny-tiny goals
            </Link>
          </section>
          <section aria-labelledby="kindness-title" className="panel">
            <h2 id="kindness-title">A little kindness</h2>
            <Link href="/affirm" className="button">
              Say it to yourself
            </Link>
            <Link href="/pause" className="button">
              Take a mindful pause
            </Link>
          </section>
          <section aria-labelledby="privacy-title" className="panel">
            <h2 id="privacy-title">Your wins stay on this device</h2>
            <p>
              There is no account and no server. Everything you write is kept in this browser’s storage on this device, and
              nothing is sent anywhere. Works offline.
            </p>
            <StorageStatus reading={storage} />
            <Link href="/backup" className="button">
              Backups and your data
            </Link>
          </section>
          <section aria-labelledby="help-title" className="panel">
            <h2 id="help-title">When things are heavy</h2>
            <p>
              Small Wins is a gentle practice, not a replacement for care from a professional. If you are in crisis or
              thinking about harming yourself, call your local emergency number now, or reach a crisis line:{' '}
              <CrisisNumbers />
            </p>
            <HelplineFinder />
          </section>
          <p className="muted">Version {__APP_VERSION__}</p>
        </>
      )}
    </div>
  );
}
