import { Suspense, useState } from 'react';
import { retryableLazy } from './retryable-lazy';
import type { SharedWin } from './share-win-sheet';
import { quoted } from '@/domain/quoted';

// The sheet and its card drawing load on the first tap, as they do from Today.
const ShareWinSheet = retryableLazy(() => import('./share-win-sheet').then((m) => m.ShareWinSheet));

/**
 * A Share button for one win and the sheet it opens. The sheet is a modal <dialog>, so closing
 * it hands focus back to this button.
 */
export function ShareWinButton({ win, className = 'button button-quiet' }: { win: SharedWin; className?: string }) {
  const [sharing, setSharing] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setSharing(true)} aria-label={`Share ${quoted(win.text)}`}>
        Share
      </button>
      {sharing && (
        <Suspense fallback={null}>
          <ShareWinSheet win={win} onClose={() => setSharing(false)} />
        </Suspense>
      )}
    </>
  );
}
