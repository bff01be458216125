import { dayInWords } from '@/domain/day';
import { useAppStore } from '@/store/store';
import { HardDayLink } from './hard-day-link';
import { useLoggingDay } from './use-logging-day';

export function TodayHeader() {
  const { day, isBackfill } = useLoggingDay();
  const updateDraft = useAppStore((state) => state.updateDraft);
  return (
    <header className="screen-header">
      <div className="today-title-row">
        <div>
          <p className="eyebrow">{isBackfill ? 'Adding to an earlier day' : 'Today'}</p>
          <h1>{dayInWords(day)}</h1>
        </div>
        <HardDayLink />
      </div>
      {isBackfill && (
        <button type="button" className="link-button" onClick={() => updateDraft({ day: null })}>
          Back to today
        </button>
      )}
    </header>
  );
}
