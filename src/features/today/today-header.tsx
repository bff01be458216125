import { dayInWords } from '@/domain/day';
import { useAppStore } from '@/store/store';
import { TodayHeading } from './today-heading';
import { useLoggingDay } from './use-logging-day';

export function TodayHeader() {
  const { day, isBackfill } = useLoggingDay();
  const updateDraft = useAppStore((state) => state.updateDraft);
  const focusComposer = useAppStore((state) => state.focusComposer);
  return (
    <TodayHeading dayText={dayInWords(day)} isBackfill={isBackfill}>
      {isBackfill && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            updateDraft({ day: null });
            // The button goes with the earlier day; focus would fall to the page. It goes to the
            // field just below, ready for today's win, as Yesterday hands it there going the other way.
            focusComposer();
          }}
        >
          Back to today
        </button>
      )}
    </TodayHeading>
  );
}
