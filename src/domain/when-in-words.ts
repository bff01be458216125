import { differenceInCalendarDays, differenceInCalendarMonths, differenceInCalendarYears } from 'date-fns';
import { dateOfDay } from './day';

const dateFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
const dateWithYearFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function plural(count: number, unit: string): string {
  return `${count === 1 ? 'a' : count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** How long ago a day was, the way a friend would say it: "3 months ago, on Tuesday 4 March". */
export function whenInWords(day: string, today: string): string {
  const then = dateOfDay(day);
  const now = dateOfDay(today);
  const days = differenceInCalendarDays(now, then);
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  const sameYear = then.getFullYear() === now.getFullYear();
  const on = `on ${(sameYear ? dateFormat : dateWithYearFormat).format(then).replace(',', '')}`;
  if (days < 14) return `${days} days ago, ${on}`;
  if (days < 60) return `${plural(Math.round(days / 7), 'week')}, ${on}`;
  const months = differenceInCalendarMonths(now, then);
  if (months < 12) return `${plural(months, 'month')}, ${on}`;
  return `${plural(differenceInCalendarYears(now, then), 'year')}, ${on}`;
}
