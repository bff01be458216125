import { WIN_TEXT_MAX } from './win';

export type GoalStatus = 'active' | 'paused' | 'archived';

/** A bigger hope, broken into teeny-tiny steps. */
export interface Goal {
  id: string;
  title: string;
  status: GoalStatus;
  order: number;
  createdAt: number;
  updatedAt: number;
}

export interface GoalStep {
  id: string;
  goalId: string;
  text: string;
  order: number;
  /** When it was checked off; null while it waits. */
  doneAt: number | null;
  /** The win that checking it off logged, so unchecking can offer to remove it. */
  winId: string | null;
  createdAt: number;
  updatedAt: number;
}

// Words that often mean a step is really several steps.
const bigWords = /\b(whole|all|everything|entire|every|complete|completely|finish)\b/i;
const BIG_STEP_LENGTH = 60;

/** Whether to suggest breaking a step down further: it is long, or sounds like a lot at once. */
export function looksBig(text: string): boolean {
  return text.trim().length > BIG_STEP_LENGTH || bigWords.test(text);
}

/**
 * The win a checked-off step logs: "Cleared the kitchen counter: a step toward a tidy home".
 * Held to a win's length, so the win can come back from a backup: a long goal's title is cut
 * short (with "…") before the step itself is.
 */
export function stepWinText(step: string, goal: string): string {
  const trimmedGoal = goal.trim();
  const lowered = trimmedGoal.charAt(0).toLowerCase() + trimmedGoal.slice(1);
  const text = `${step.trim()}: a step toward ${lowered}`;
  if (text.length <= WIN_TEXT_MAX) return text;
  // Cut between characters, never inside an emoji's pair of code units.
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > WIN_TEXT_MAX - 1) break;
    kept += char;
  }
  return `${kept}…`;
}
