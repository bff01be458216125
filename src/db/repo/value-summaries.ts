// How often wins touch each value, for the Values screen; apart from values.ts, whose list
// the composer on Today needs from the first screen.
import { lightFormat, subDays } from 'date-fns';
import { dateOfDay } from '@/domain/day';
import type { PersonalValue } from '@/domain/values';
import type { Win } from '@/domain/win';
import { db } from '../database';
import { valuesRepo } from './values';

export interface ValueSummary {
  value: PersonalValue;
  allTime: number;
  lastFourWeeks: number;
  latest: Win[];
}

const LATEST_COUNT = 3;

/** For each value, how many wins touched it, recently and ever, and the latest few. No scores. */
export function summariseValues(today: string): Promise<ValueSummary[]> {
  const fourWeeksAgo = lightFormat(subDays(dateOfDay(today), 27), 'yyyy-MM-dd');
  return db.transaction('r', [db.values, db.wins], async () => {
    const values = await valuesRepo.list();
    return Promise.all(
      values.map(async (value) => {
        // The multi-entry index finds this value's wins without reading any other.
        const wins = (await db.wins.where('valueIds').equals(value.id).toArray()).filter((win) => win.deletedAt === null);
        wins.sort((a, b) => b.day.localeCompare(a.day) || b.createdAt - a.createdAt);
        return {
          value,
          allTime: wins.length,
          lastFourWeeks: wins.filter((win) => win.day >= fourWeeksAgo && win.day <= today).length,
          latest: wins.slice(0, LATEST_COUNT),
        };
      }),
    );
  });
}
