import type { Win } from './win';

/** Narrows the timeline and search. Every part is optional; all that are set must hold. */
export interface HistoryFilter {
  tag?: string;
  valueId?: string;
  goalId?: string;
  promptId?: string;
  favourites?: boolean;
  foundInStruggle?: boolean;
}

export function hasFilter(filter: HistoryFilter): boolean {
  return Object.values(filter).some((part) => part !== undefined && part !== false && part !== '');
}

export function matchesFilter(win: Win, filter: HistoryFilter): boolean {
  if (filter.tag && !win.tags.includes(filter.tag)) return false;
  if (filter.valueId && !win.valueIds.includes(filter.valueId)) return false;
  if (filter.goalId && win.goalId !== filter.goalId) return false;
  if (filter.promptId && win.promptId !== filter.promptId) return false;
  if (filter.favourites && win.favourite !== 1) return false;
  if (filter.foundInStruggle && win.foundInStruggle !== 1) return false;
  return true;
}
