import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ScreenLoading } from '@/components/screen-loading';
import { TodayScreen } from '@/features/today/today-screen';

// Today is the first screen people see and stays in the entry bundle; the rest load on demand.
const JarScreen = lazy(() => import('@/features/jar/jar-screen').then((m) => ({ default: m.JarScreen })));
const LookBackScreen = lazy(() =>
  import('@/features/look-back/look-back-screen').then((m) => ({ default: m.LookBackScreen })),
);
const DayScreen = lazy(() => import('@/features/look-back/day-screen').then((m) => ({ default: m.DayScreen })));
const MoreScreen = lazy(() => import('@/features/more/more-screen').then((m) => ({ default: m.MoreScreen })));
const ReframeScreen = lazy(() =>
  import('@/features/reframe/reframe-screen').then((m) => ({ default: m.ReframeScreen })),
);
const PauseScreen = lazy(() => import('@/features/pause/pause-screen').then((m) => ({ default: m.PauseScreen })));
const AffirmScreen = lazy(() =>
  import('@/features/affirmations/affirm-screen').then((m) => ({ default: m.AffirmScreen })),
);
const ValuesScreen = lazy(() => import('@/features/values/values-screen').then((m) => ({ default: m.ValuesScreen })));
const GoalsScreen = lazy(() => import('@/features/goals/goals-screen').then((m) => ({ default: m.GoalsScreen })));
const BackupScreen = lazy(() => import('@/features/backup/backup-screen').then((m) => ({ default: m.BackupScreen })));
const RemindersScreen = lazy(() =>
  import('@/features/reminders/reminders-screen').then((m) => ({ default: m.RemindersScreen })),
);
const SharedTextScreen = lazy(() =>
  import('@/features/share/shared-text-screen').then((m) => ({ default: m.SharedTextScreen })),
);
const NotFoundScreen = lazy(() =>
  import('@/features/more/not-found-screen').then((m) => ({ default: m.NotFoundScreen })),
);

export function AppRoutes() {
  return (
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
    </Suspense>
  );
}
