import { dayInWords } from '@/domain/day';
import { useCurrentDay } from '@/hooks/use-current-day';
import { TodayList } from './today-list';
import { WinComposer } from './win-composer';

// A fixed prompt until the prompt library arrives.
const promptOfTheDay = 'What is one small thing you did today that took some effort?';

export function TodayScreen() {
  const day = useCurrentDay();
  return (
    <div className="today">
      <header className="screen-header">
        <p className="eyebrow">Today</p>
        <h1>{dayInWords(day)}</h1>
      </header>
      <WinComposer day={day} prompt={promptOfTheDay} />
      <TodayList day={day} />
    </div>
  );
}
