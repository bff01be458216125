import { useAppStore } from '@/store/store';
import { install, isAppleMobile, isInstalled } from './install';

function ShareIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
      <path d="M12 3v12M7 8l5-5 5 5M5 12v8h14v-8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Putting Small Wins on the home screen: a button where the browser offers it, a short guide on iPhone. */
export function InstallPanel() {
  const canInstall = useAppStore((state) => state.canInstall);
  const justInstalled = useAppStore((state) => state.justInstalled);
  if (isInstalled()) return null;
  if (justInstalled) {
    return (
      <section className="panel" aria-labelledby="install-title">
        <h2 id="install-title">Small Wins is installed</h2>
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
      {!canInstall && isAppleMobile() && (
        <ol className="install-steps">
          <li>
            Tap the Share button <ShareIcon /> at the bottom (iPhone) or top (iPad) of Safari.
          </li>
          <li>Scroll down and tap “Add to Home Screen”.</li>
          <li>Tap “Add”. Small Wins appears beside your other apps.</li>
        </ol>
      )}
      {!canInstall && !isAppleMobile() && (
        <p className="field-hint">Use your browser’s menu and look for “Install app” or “Add to Home screen”.</p>
      )}
    </section>
  );
}
