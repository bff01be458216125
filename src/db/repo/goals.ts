import { stepWinText, type Goal, type GoalStatus, type GoalStep } from '@/domain/goals';
import { db } from '../database';
import { bagTables, takeOutOfBag } from './jar-bag';
import { buildWin, storeNewWin } from './wins';

export interface GoalWithSteps {
  goal: Goal;
  steps: GoalStep[];
}

export function listGoals(): Promise<GoalWithSteps[]> {
  return db.transaction('r', [db.goals, db.goalSteps], async () => {
    const goals = (await db.goals.toArray()).sort((a, b) => a.order - b.order);
    const steps = await db.goalSteps.toArray();
    return goals.map((goal) => ({
      goal,
      steps: steps.filter((step) => step.goalId === goal.id).sort((a, b) => a.order - b.order),
    }));
  });
}

export async function addGoal(title: string, now = Date.now()): Promise<Goal> {
  return db.transaction('rw', db.goals, async () => {
    const last = await db.goals.orderBy('order').last();
    const goal: Goal = { id: crypto.randomUUID(), title, status: 'active', order: (last?.order ?? -1) + 1, createdAt: now, updatedAt: now };
    await db.goals.add(goal);
    return goal;
  });
}

export async function renameGoal(id: string, title: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.goals, () => db.goals.update(id, { title, updatedAt: now }));
}

/** Pausing or archiving is allowed at any time, and undone just as easily. */
export async function setGoalStatus(id: string, status: GoalStatus, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.goals, () => db.goals.update(id, { status, updatedAt: now }));
}

export async function addStep(goalId: string, text: string, now = Date.now()): Promise<GoalStep> {
  return db.transaction('rw', db.goalSteps, async () => {
    const siblings = await db.goalSteps.where('goalId').equals(goalId).toArray();
    const step: GoalStep = {
      id: crypto.randomUUID(),
      goalId,
      text,
      order: siblings.reduce((max, sibling) => Math.max(max, sibling.order), -1) + 1,
      doneAt: null,
      winId: null,
      createdAt: now,
      updatedAt: now,
    };
    await db.goalSteps.add(step);
    return step;
  });
}

/** Moves a step one place up (-1) or down (+1) within its goal. */
export async function moveStep(id: string, step: -1 | 1, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.goalSteps, async () => {
    const moving = await db.goalSteps.get(id);
    if (!moving) return;
    const siblings = (await db.goalSteps.where('goalId').equals(moving.goalId).toArray()).sort((a, b) => a.order - b.order);
    const index = siblings.findIndex((sibling) => sibling.id === id);
    const other = siblings[index + step];
    if (!other) return;
    await db.goalSteps.update(moving.id, { order: other.order, updatedAt: now });
    await db.goalSteps.update(other.id, { order: moving.order, updatedAt: now });
  });
}

export async function removeStep(id: string): Promise<void> {
  await db.transaction('rw', db.goalSteps, () => db.goalSteps.delete(id));
}

/** Checking a step off is a win in its own right: it is logged for `day`, linked to the goal. */
export async function checkStep(id: string, day: string, now = Date.now()): Promise<string | null> {
  return db.transaction('rw', [db.goalSteps, db.goals, db.wins, ...bagTables], async () => {
    const step = await db.goalSteps.get(id);
    const goal = step ? await db.goals.get(step.goalId) : undefined;
    if (!step || !goal || step.doneAt !== null) return null;
    const win = buildWin({ text: stepWinText(step.text, goal.title), day, goal: { goalId: goal.id, stepId: step.id } }, now);
    await storeNewWin(win);
    await db.goalSteps.update(id, { doneAt: now, winId: win.id, updatedAt: now });
    return win.id;
  });
}

/** Unchecks a step; the win it logged stays unless the person asks for it to go too. */
export async function uncheckStep(id: string, removeWin: boolean, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.goalSteps, db.wins, ...bagTables], async () => {
    const step = await db.goalSteps.get(id);
    if (!step) return;
    if (removeWin && step.winId) {
      await db.wins.update(step.winId, { deletedAt: now, updatedAt: now });
      await takeOutOfBag(step.winId);
    }
    await db.goalSteps.update(id, { doneAt: null, winId: null, updatedAt: now });
  });
}
