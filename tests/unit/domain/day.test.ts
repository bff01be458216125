import { describe, expect, it } from 'vitest';
import { lightFormat, parseISO, startOfISOWeek, subDays } from 'date-fns';
import { dateOfDay, dayBefore, dayInWords, dayOf, daysBefore, hourInWords, isFutureDay, weekStartOf } from '@/domain/day';

describe('dayOf', () => {
  it('counts a win saved in the evening for that same day', () => {
    expect(dayOf(new Date(2026, 10, 25, 21, 30))).toBe('2026-11-25');
  });

  it('counts a win saved at 1 am for the day before, with the default 4 am start', () => {
    expect(dayOf(new Date(2026, 10, 26, 1, 0))).toBe('2026-11-25');
  });

  it('starts the new day exactly at the chosen hour', () => {
    expect(dayOf(new Date(2026, 10, 26, 3, 59))).toBe('2026-11-25');
    expect(dayOf(new Date(2026, 10, 26, 4, 0))).toBe('2026-11-26');
  });

  it('follows a midnight start when the person chooses one', () => {
    expect(dayOf(new Date(2026, 10, 26, 0, 5), 0)).toBe('2026-11-26');
  });

  it('steps back across a month and a year boundary', () => {
    expect(dayOf(new Date(2027, 0, 1, 2, 0))).toBe('2026-12-31');
  });
});

describe('dayInWords', () => {
  it('says the day the way people do', () => {
    expect(dayInWords('2026-11-24')).toBe('Tuesday, 24 November');
    expect(dayInWords('2027-03-04')).toBe('Thursday, 4 March');
  });
});

describe('day helpers', () => {
  it('reads a day as the moment it starts, as date-fns would, every day of a leap year and across clock changes', () => {
    for (let date = new Date(2028, 0, 1); date.getFullYear() === 2028; date.setDate(date.getDate() + 1)) {
      const day = dayOf(new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12), 0);
      expect(dateOfDay(day).getTime()).toBe(parseISO(day).getTime());
    }
    // Years before 100 are years, not 1900 and after, however unlikely in a file.
    expect(dateOfDay('0050-03-01').getTime()).toBe(parseISO('0050-03-01').getTime());
  });

  it('finds the day before, across a month', () => {
    expect(dayBefore('2026-12-01')).toBe('2026-11-30');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });

  it('counts days back and finds Mondays as date-fns does, over three years of days', () => {
    for (let date = new Date(2025, 0, 1); date < new Date(2028, 0, 1); date.setDate(date.getDate() + 1)) {
      const day = lightFormat(date, 'yyyy-MM-dd');
      expect(daysBefore(day, 14), day).toBe(lightFormat(subDays(date, 14), 'yyyy-MM-dd'));
      expect(weekStartOf(day), day).toBe(lightFormat(startOfISOWeek(date), 'yyyy-MM-dd'));
    }
  });

  it('treats only later days as the future', () => {
    expect(isFutureDay('2026-11-26', '2026-11-25')).toBe(true);
    expect(isFutureDay('2026-11-25', '2026-11-25')).toBe(false);
    expect(isFutureDay('2025-01-01', '2026-11-25')).toBe(false);
  });

  it('starts the week on Monday', () => {
    expect(weekStartOf('2026-11-25')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23');
  });

  it('says hours the way people do', () => {
    expect([0, 4, 12, 13].map(hourInWords)).toEqual(['midnight', '4 am', 'noon', '1 pm']);
  });
});
