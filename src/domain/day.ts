/** The hour a new day begins for logging; before it, a win counts for the day before. */
export const DEFAULT_DAY_STARTS_AT_HOUR = 4;

// Plain Date arithmetic rather than date-fns: index.html's inline Today shell script runs dayOf
// and dayInWords before the first paint (app/fill-today-shell.ts), and the first screen needs
// the rest; there every kilobyte is paid for before anything shows. Other screens use date-fns.

/** The `yyyy-MM-dd` day a moment counts for, given when the person's day starts. */
export function dayOf(moment: Date, dayStartsAtHour = DEFAULT_DAY_STARTS_AT_HOUR): string {
  return isBeforeDayStart(moment, dayStartsAtHour) ? daysBefore(dayOfDate(moment), 1) : dayOfDate(moment);
}

/** The `yyyy-MM-dd` calendar date of a moment, in local time. */
function dayOfDate(date: Date): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

// The app speaks English only. Spelled out rather than asked of Intl.DateTimeFormat: making
// one of those loads locale data, some 60 ms on a mid-range phone before Today's first paint.
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The local midnight that starts a `yyyy-MM-dd` day. Days are stored in that one shape, so
 * this is all of date-fns' parseISO the app needs, and it keeps parseISO's 2 kB out of the
 * first screen's JavaScript.
 */
export function dateOfDay(day: string): Date {
  const [year = NaN, month = NaN, dayOfMonth = NaN] = day.split('-').map(Number);
  const date = new Date(year, month - 1, dayOfMonth);
  // The Date constructor reads years 0-99 as 1900-1999; a file may hold such a day.
  date.setFullYear(year);
  return date;
}

/** A day as people say it: "Tuesday, 25 November". */
export function dayInWords(day: string): string {
  const date = dateOfDay(day);
  return `${weekdays[date.getDay()] ?? ''}, ${String(date.getDate())} ${months[date.getMonth()] ?? ''}`;
}

/** Whether `day` lies after `today`: no win can be logged for a day that has not come. */
export function isFutureDay(day: string, today: string): boolean {
  return day > today;
}

/** The day `count` days before `day`, as `yyyy-MM-dd` (by the calendar, across summer time). */
export function daysBefore(day: string, count: number): string {
  const date = dateOfDay(day);
  date.setDate(date.getDate() - count);
  return dayOfDate(date);
}

/** The day before, as `yyyy-MM-dd`. */
export function dayBefore(day: string): string {
  return daysBefore(day, 1);
}

/** Monday of the week holding `day`. */
export function weekStartOf(day: string): string {
  // getDay counts from Sunday (0); Monday is the week's first day here.
  return daysBefore(day, (dateOfDay(day).getDay() + 6) % 7);
}

/** Whether a moment falls in the small hours that still count for the day before. */
export function isBeforeDayStart(moment: Date, dayStartsAtHour: number): boolean {
  return moment.getHours() < dayStartsAtHour;
}

/** An hour as people say it: 0 → "midnight", 4 → "4 am", 13 → "1 pm". */
export function hourInWords(hour: number): string {
  if (hour === 0) return 'midnight';
  if (hour === 12) return 'noon';
  return hour < 12 ? `${hour} am` : `${hour - 12} pm`;
}

/** A day heading for history: the year only when it is not this one. */
export function dayHeading(day: string, today: string): string {
  const words = dayInWords(day);
  return day.slice(0, 4) === today.slice(0, 4) ? words : `${words} ${day.slice(0, 4)}`;
}
