import { lightFormat, subDays, subMonths, subYears } from 'date-fns';
import { dateOfDay } from './day';

export interface LookBackDay {
  label: string;
  day: string;
}

const YEARS_BACK = 30;

/** The days "on this day" looks at: a week ago, a month ago, and the same date each year before. */
export function onThisDayDays(today: string): LookBackDay[] {
  const date = dateOfDay(today);
  const format = (moment: Date) => lightFormat(moment, 'yyyy-MM-dd');
  return [
    { label: 'A week ago', day: format(subDays(date, 7)) },
    { label: 'A month ago', day: format(subMonths(date, 1)) },
    ...Array.from({ length: YEARS_BACK }, (_, index) => ({
      label: index === 0 ? 'A year ago' : `${index + 1} years ago`,
      day: format(subYears(date, index + 1)),
    })),
  ];
}
