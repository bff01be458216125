import { dayInWords } from '@/domain/day';
import { useAppStore } from '@/store/store';
import { useLoggingDay } from './use-logging-day';

export function TodayHeader() {
  const { day, isBackfill } = useLoggingDay();
  const updateDraft = useAppStore((state) => state.updateDraft);
  return (
    <header className="screen-header">
      <p className="eyebrow">{isBackfill ? 'Adding to an earlier day' : 'Today'}</p>
      <h1>{dayInWords(day)}</h1>
      {isBackfill && (
        <button type="button" className="link-button" onClick={() => updateDraft({ day: null })}>
          Back to today
        </button>
      )}
    </header>
  );
}
