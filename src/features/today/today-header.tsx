import { dayInWords } from '@/domain/day';
import { useAppStore } from '@/store/store';
import { TodayHeading } from './today-heading';
import { useLoggingDay } from './use-logging-day';

export function TodayHeader() {
  const { day, isBackfill } = useLoggingDay();
  const updateDraft = useAppStore((state) => state.updateDraft);
  return (
    <TodayHeading dayText={dayInWords(day)} isBackfill={isBackfill}>
      {isBackfill && (
        <button type="button" className="link-button" onClick={() => updateDraft({ day: null })}>
          Back to today
        </button>
      )}
    </TodayHeading>
  );
}
