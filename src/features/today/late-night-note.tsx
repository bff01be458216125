import { dayInWords, hourInWords, isBeforeDayStart } from '@/domain/day';
import { useSettings } from '@/hooks/use-settings';
import { LateNightNoteText } from './day-notes';
import { useLoggingDay } from './use-logging-day';

/** Says plainly why a win written in the small hours lands on the day before. */
export function LateNightNote() {
  const { dayStartsAtHour } = useSettings();
  const { today, isBackfill } = useLoggingDay();
  if (isBackfill || !isBeforeDayStart(new Date(), dayStartsAtHour)) return null;
  return (
    <p className="note">
      <LateNightNoteText hourText={hourInWords(dayStartsAtHour)} dayText={dayInWords(today)} />
    </p>
  );
}
