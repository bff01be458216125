import { Suspense, useRef } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { retryableLazy, retryFailedLoads } from '@/components/retryable-lazy';
import { ScreenErrorBoundary } from '@/components/screen-error-boundary';
import { ScreenLoading } from '@/components/screen-loading';
import { TodayScreen } from '@/features/today/today-screen';
import { useJournalShown } from '@/hooks/use-journal-shown';
import { ScreenArrival } from './screen-arrival';

// Today is the first screen people see and stays in the entry bundle; the rest load on demand.
const JarScreen = retryableLazy(() => import('@/features/jar/jar-screen').then((m) => m.JarScreen));
const LookBackScreen = retryableLazy(() => import('@/features/look-back/look-back-screen').then((m) => m.LookBackScreen));
const DayScreen = retryableLazy(() => import('@/features/look-back/day-screen').then((m) => m.DayScreen));
const MoreScreen = retryableLazy(() => import('@/features/more/more-screen').then((m) => m.MoreScreen));
const ReframeScreen = retryableLazy(() => import('@/features/reframe/reframe-screen').then((m) => m.ReframeScreen));
const PauseScreen = retryableLazy(() => import('@/features/pause/pause-screen').then((m) => m.PauseScreen));
const AffirmScreen = retryableLazy(() => import('@/features/affirmations/affirm-screen').then((m) => m.AffirmScreen));
const ValuesScreen = retryableLazy(() => import('@/features/values/values-screen').then((m) => m.ValuesScreen));
const GoalsScreen = retryableLazy(() => import('@/features/goals/goals-screen').then((m) => m.GoalsScreen));
const BackupScreen = retryableLazy(() => import('@/features/backup/backup-screen').then((m) => m.BackupScreen));
const RemindersScreen = retryableLazy(() => import('@/features/reminders/reminders-screen').then((m) => m.RemindersScreen));
const SharedTextScreen = retryableLazy(() => import('@/features/share/shared-text-screen').then((m) => m.SharedTextScreen));
const NotFoundScreen = retryableLazy(() => import('@/features/more/not-found-screen').then((m) => m.NotFoundScreen));

/**
 * The other tabs' code, and a day's screen, which Look back's calendar and timeline open,
 * fetched once the app is idle, so the first tap shows the screen at once instead of a loading
 * space for a quarter of a second or more (the service worker has the files already; this is
 * the parse and compile).
 */
export function preloadTabScreens(): void {
  for (const screen of [LookBackScreen, JarScreen, MoreScreen, DayScreen]) void screen.preload().catch(() => undefined);
}

// Today holds back its own journal parts until the lock is known; every other screen waits whole.
const TODAY_PATHS = ['/', '/log'];

export function AppRoutes() {
  const [location] = useLocation();
  const journalShown = useJournalShown();
  const lastPathRef = useRef(location);
  if (!journalShown && !TODAY_PATHS.includes(location)) return <ScreenLoading />;
  return (
    <ScreenErrorBoundary resetKey={location} onRetry={retryFailedLoads}>
      <Suspense fallback={<ScreenLoading />}>
        <Switch>
          <Route path="/" component={TodayScreen} />
          <Route path="/log" component={TodayScreen} />
          <Route path="/jar" component={JarScreen} />
          <Route path="/jar/pull" component={JarScreen} />
          <Route path="/look-back" component={LookBackScreen} />
          <Route path="/look-back/day/:day" component={DayScreen} />
          <Route path="/more" component={MoreScreen} />
          <Route path="/reframe" component={ReframeScreen} />
          <Route path="/pause" component={PauseScreen} />
          <Route path="/affirm" component={AffirmScreen} />
          <Route path="/values" component={ValuesScreen} />
          <Route path="/goals" component={GoalsScreen} />
          <Route path="/backup" component={BackupScreen} />
          <Route path="/reminders" component={RemindersScreen} />
          <Route path="/share" component={SharedTextScreen} />
          <Route component={NotFoundScreen} />
        </Switch>
        <ScreenArrival path={location} lastPathRef={lastPathRef} />
      </Suspense>
    </ScreenErrorBoundary>
  );
}
