import { db } from '../database';

/**
 * Each goal's title by id, for the label on a win a goal's step logged. Apart from goals.ts so
 * Today, which only shows the labels, does not carry the goal commands in its first download.
 */
export async function readGoalTitles(): Promise<Map<string, string>> {
  const goals = await db.goals.toArray();
  return new Map(goals.map((goal) => [goal.id, goal.title]));
}
