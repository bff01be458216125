import { Suspense } from 'react';
import { OptionalPart } from '@/components/optional-part';
import { InstallOfferOnToday } from '@/pwa/install-offer-on-today';
import { DayPicker } from './day-picker';
import { ReframeLink } from './hard-day-link';
import { EveningNudge } from './evening-nudge';
import { KindWord } from './kind-word';
import { LateNightNote } from './late-night-note';
import { QuickPicks } from './quick-picks';
import { TodayHeader } from './today-header';
import { TodayList } from './today-list';
import { useDraftPersistence } from './use-draft-persistence';
import { WinComposer } from './win-composer';
import { retryableLazy } from '@/components/retryable-lazy';
import { useJournalShown } from '@/hooks/use-journal-shown';

// Shown only on days with wins a week, a month or a year back, and only once the database has
// answered, so it waits for its own code too: its date arithmetic stays out of the first download.
const OnThisDay = retryableLazy(() => import('./on-this-day').then((m) => m.OnThisDay));

export function TodayScreen() {
  useDraftPersistence(useJournalShown());
  return (
    <div className="today">
      <TodayHeader />
      <LateNightNote />
      <EveningNudge />
      <WinComposer
        after={
          <>
            <KindWord />
            <QuickPicks />
            <TodayList
              after={
                <>
                  {/* After the wins, so only once the lock is known too. */}
                  <OptionalPart>
                    <Suspense fallback={null}>
                      <OnThisDay />
                    </Suspense>
                  </OptionalPart>
                  <ReframeLink />
                  <DayPicker />
                  <OptionalPart>
                    <InstallOfferOnToday />
                  </OptionalPart>
                </>
              }
            />
          </>
        }
      />
    </div>
  );
}
