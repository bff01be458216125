import type { HistoryFilter } from '@/domain/history-filter';

export interface HistorySearch {
  query: string;
  filter: HistoryFilter;
  /** The calendar's month (yyyy-MM) when it is not the current one: coming back from a day keeps it. */
  month?: string | undefined;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Reads a search from the address, so a search can be bookmarked or opened from a link. */
export function readSearch(search: string): HistorySearch {
  const params = new URLSearchParams(search);
  const filter: HistoryFilter = {};
  const tag = params.get('tag');
  const valueId = params.get('value');
  const goalId = params.get('goal');
  const promptId = params.get('prompt');
  if (tag) filter.tag = tag;
  if (valueId) filter.valueId = valueId;
  if (goalId) filter.goalId = goalId;
  if (promptId) filter.promptId = promptId;
  if (params.get('favourites') === '1') filter.favourites = true;
  if (params.get('hard') === '1') filter.foundInStruggle = true;
  const month = params.get('month');
  return { query: params.get('q') ?? '', filter, month: month && MONTH.test(month) ? month : undefined };
}

export function writeSearch({ query, filter, month }: HistorySearch): string {
  const params = new URLSearchParams();
  if (month) params.set('month', month);
  if (query) params.set('q', query);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.valueId) params.set('value', filter.valueId);
  if (filter.goalId) params.set('goal', filter.goalId);
  if (filter.promptId) params.set('prompt', filter.promptId);
  if (filter.favourites) params.set('favourites', '1');
  if (filter.foundInStruggle) params.set('hard', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
