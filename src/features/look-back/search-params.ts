import type { HistoryFilter } from '@/domain/history-filter';

export interface HistorySearch {
  query: string;
  filter: HistoryFilter;
}

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
  return { query: params.get('q') ?? '', filter };
}

export function writeSearch({ query, filter }: HistorySearch): string {
  const params = new URLSearchParams();
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
