import { lightFormat, parseISO, subDays } from 'date-fns';

/** The hour a new day begins for logging; before it, a win counts for the day before. */
export const DEFAULT_DAY_STARTS_AT_HOUR = 4;

/** The `yyyy-MM-dd` day a moment counts for, given when the person's day starts. */
export function dayOf(moment: Date, dayStartsAtHour = DEFAULT_DAY_STARTS_AT_HOUR): string {
  const counted = moment.getHours() < dayStartsAtHour ? subDays(moment, 1) : moment;
  // lightFormat needs no locale data, which keeps the first screen's bundle small.
  return lightFormat(counted, 'yyyy-MM-dd');
}

const dayPartsFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });

/** A day as people say it: "Tuesday, 25 November". */
export function dayInWords(day: string): string {
  const parts = dayPartsFormat.formatToParts(parseISO(day));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')}, ${part('day')} ${part('month')}`;
}
