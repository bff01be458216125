import { useEffect } from 'react';
import { useAppStore } from '@/store/store';
import { applyUpdate } from './update-handle';

const OFFLINE_NOTICE_MS = 6000;

/** The "ready to work offline" note and the "new version" prompt, in the shell's notices column. */
export function PwaNotices() {
  const offlineReady = useAppStore((state) => state.offlineReady);
  const updateReady = useAppStore((state) => state.updateReady);
  const setOfflineReady = useAppStore((state) => state.setOfflineReady);
  const setUpdateReady = useAppStore((state) => state.setUpdateReady);
  // One notice at a time: at 200 % text two of them would cover most of the screen. The
  // undo offer lasts seconds and cannot come back later, so these wait for it to go.
  const waiting = useAppStore((state) => state.undo !== null && !state.locked);

  useEffect(() => {
    // Its seconds count only while it shows, not while it waits its turn.
    if (!offlineReady || waiting) return;
    const timer = window.setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [offlineReady, waiting, setOfflineReady]);

  return (
    <div className="notices-group" role="status" aria-live="polite">
      {updateReady && !waiting && (
        <div className="notice">
          <p>A new version of Small Wins is ready.</p>
          <button type="button" className="button button-primary" onClick={() => void applyUpdate()}>
            Reload
          </button>
          <button type="button" className="button" onClick={() => setUpdateReady(false)}>
            Later
          </button>
        </div>
      )}
      {offlineReady && !updateReady && !waiting && (
        <div className="notice">
          {/* One short line: a note larger than Today's date heading, arriving once the
              service worker is in, would become the page's largest paint (LCP) on a first visit. */}
          <p>Ready to work offline.</p>
          <button type="button" className="button" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </div>
      )}
    </div>
  );
}
