import { useId } from 'react';
import { Link } from 'wouter';
import { useAppStore } from '@/store/store';
import { install } from './install';

// Installed, turned down in the browser's own prompt, or Not now: each takes the card away, and
// the button pressed with it. Focus would otherwise fall to the page itself; it goes to the screen.
const focusTheScreen = () => document.getElementById('main')?.focus();

/** A small card: install where the browser can, or the way to the iPhone and iPad steps. */
export function InstallOffer({ onNotNow }: { onNotNow: () => void }) {
  const canInstall = useAppStore((state) => state.canInstall);
  const title = useId();
  return (
    <section className="panel install-offer" aria-labelledby={title}>
      <h2 id={title}>Keep Small Wins on your home screen</h2>
      <p>It opens full screen like any app, works without a connection, and your wins are less likely to be cleared by the browser.</p>
      <div className="install-offer-actions">
        {canInstall ? (
          <button type="button" className="button button-primary" onClick={() => void install().then(focusTheScreen)}>
            Install app
          </button>
        ) : (
          <Link href="/more" className="button button-primary">
            Show me how
          </Link>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            onNotNow();
            focusTheScreen();
          }}
        >
          Not now
        </button>
      </div>
    </section>
  );
}
