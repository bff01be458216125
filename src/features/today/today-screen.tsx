import { DayPicker } from './day-picker';
import { ReframeLink } from './hard-day-link';
import { EveningNudge } from './evening-nudge';
import { KindWord } from './kind-word';
import { LateNightNote } from './late-night-note';
import { OnThisDay } from './on-this-day';
import { QuickPicks } from './quick-picks';
import { TodayHeader } from './today-header';
import { TodayList } from './today-list';
import { UndoNotice } from './undo-notice';
import { useDraftPersistence } from './use-draft-persistence';
import { WinComposer } from './win-composer';

export function TodayScreen() {
  useDraftPersistence();
  return (
    <div className="today">
      <TodayHeader />
      <LateNightNote />
      <EveningNudge />
      <WinComposer />
      <KindWord />
      <QuickPicks />
      <TodayList />
      <OnThisDay />
      <ReframeLink />
      <DayPicker />
      <UndoNotice />
    </div>
  );
}
