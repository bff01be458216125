import { Dexie } from 'dexie';
import { onThisDayDays, type LookBackDay } from '@/domain/on-this-day';
import type { Win } from '@/domain/win';
import { db } from '../database';

export interface OnThisDayGroup extends LookBackDay {
  wins: Win[];
}

/** Wins from a week, a month and each year ago today: one small index range per day. */
export function onThisDay(today: string): Promise<OnThisDayGroup[]> {
  return db.transaction('r', db.wins, async () => {
    const groups = await Promise.all(
      onThisDayDays(today).map(async (lookBack) => ({
        ...lookBack,
        wins: (
          await db.wins
            .where('[day+createdAt]')
            .between([lookBack.day, Dexie.minKey], [lookBack.day, Dexie.maxKey])
            .toArray()
        ).filter((win) => win.deletedAt === null),
      })),
    );
    return groups.filter((group) => group.wins.length > 0);
  });
}

export interface WeekSummary {
  wins: number;
  daysWithAWin: number;
  /** Value ids, most often touched first, with how many wins touched each. */
  topValues: { valueId: string; count: number }[];
}

/** This week so far, gently: how many wins, on how many days, touching which values. */
export function summariseWeek(weekStart: string, today: string): Promise<WeekSummary> {
  return db.transaction('r', db.wins, async () => {
    const wins = (
      await db.wins.where('[day+createdAt]').between([weekStart, Dexie.minKey], [today, Dexie.maxKey]).toArray()
    ).filter((win) => win.deletedAt === null);
    const counts = new Map<string, number>();
    for (const win of wins) for (const id of win.valueIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    return {
      wins: wins.length,
      daysWithAWin: new Set(wins.map((win) => win.day)).size,
      topValues: [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([valueId, count]) => ({ valueId, count })),
    };
  });
}
