import { useEffect, useRef } from 'react';
import { useAppStore } from '@/store/store';
import { AppleInstallGuide } from './apple-install-guide';
import { install, isAppleMobile, isInstalled } from './install';

/** Putting Small Wins on the home screen: a button where the browser offers it, a short illustrated guide on iPhone and iPad. */
export function InstallPanel() {
  const canInstall = useAppStore((state) => state.canInstall);
  const justInstalled = useAppStore((state) => state.justInstalled);
  const installedHeading = useRef<HTMLHeadingElement>(null);
  // Install app goes with the offer it belonged to: where it had focus, the news takes it.
  useEffect(() => {
    if (justInstalled && document.activeElement === document.body) installedHeading.current?.focus();
  }, [justInstalled]);
  if (isInstalled()) return null;
  if (justInstalled) {
    return (
      <section className="panel" aria-labelledby="install-title">
        <h2 id="install-title" tabIndex={-1} ref={installedHeading}>
          Small Wins is installed
        </h2>
        <p role="status">
          Open it from your home screen or your list of apps, like any other app. On a computer it may already be open in
          a window of its own. Your wins are there too.
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="install-title">
      <h2 id="install-title">Keep Small Wins on your home screen</h2>
      <p>Installed, it opens full screen, works without a connection, and is less likely to be cleared by the browser.</p>
      {canInstall && (
        <button type="button" className="button button-primary" onClick={() => void install()}>
          Install app
        </button>
      )}
      {!canInstall && isAppleMobile() && <AppleInstallGuide />}
      {!canInstall && !isAppleMobile() && (
        <p className="field-hint">Use your browser’s menu and look for “Install app” or “Add to Home screen”.</p>
      )}
    </section>
  );
}
