import { describe, expect, it } from 'vitest';
import { dayInWords, dayOf } from '@/domain/day';

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
