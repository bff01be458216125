import { Link } from 'wouter';
import { dayInWords, hourInWords, isBeforeDayStart } from '@/domain/day';
import { useSettings } from '@/hooks/use-settings';
import { useLoggingDay } from './use-logging-day';

/** Says plainly why a win written in the small hours lands on the day before. */
export function LateNightNote() {
  const { dayStartsAtHour } = useSettings();
  const { today, isBackfill } = useLoggingDay();
  if (isBackfill || !isBeforeDayStart(new Date(), dayStartsAtHour)) return null;
  return (
    <p className="note">
      It is before {hourInWords(dayStartsAtHour)}, when your day starts, so wins you write now count for{' '}
      {dayInWords(today)}. <Link href="/more">Change when your day starts</Link>
    </p>
  );
}
