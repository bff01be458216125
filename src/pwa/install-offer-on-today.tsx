import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useState } from 'react';
import { readDeviceKey, writeDeviceKey } from '@/db/device-keys';
import { listWinsForDay } from '@/db/repo/wins';
import { useCurrentDay } from '@/hooks/use-current-day';
import { useAppStore } from '@/store/store';
import { isAppleMobile, isInstalled } from './install';
import { retryableLazy } from '@/components/retryable-lazy';

// Its code comes only when there is something to offer: most days, for most people, never.
const InstallOffer = retryableLazy(() => import('./install-offer').then((m) => m.InstallOffer));

/** Set once the person says "Not now"; More keeps the way to install for whenever they want it. */
export const INSTALL_OFFER_KEY = 'install-offer';

const saidNotNow = () => readDeviceKey(INSTALL_OFFER_KEY) === 'not-now';

/**
 * The home screen offered where people are, on Today, once they have saved a win today (the
 * first visit is for writing one), and only where there is a way: the browser's own offer, or
 * the iPhone and iPad steps. At the very end of the screen, so its arrival moves nothing.
 */
export function InstallOfferOnToday() {
  const canInstall = useAppStore((state) => state.canInstall);
  const [dismissed, setDismissed] = useState(saidNotNow);
  const offerable = canInstall || (isAppleMobile() && !isInstalled());
  if (dismissed || !offerable) return null;
  return (
    <OnceTodayHasAWin
      onNotNow={() => {
        // Refused, it is gone for now, and may be offered again another day.
        writeDeviceKey(INSTALL_OFFER_KEY, 'not-now');
        setDismissed(true);
      }}
    />
  );
}

function OnceTodayHasAWin({ onNotNow }: { onNotNow: () => void }) {
  const today = useCurrentDay();
  const hasWin = useLiveQuery(async () => (await listWinsForDay(today)).length > 0, [today]);
  if (!hasWin) return null;
  return (
    <Suspense fallback={null}>
      <InstallOffer onNotNow={onNotNow} />
    </Suspense>
  );
}
