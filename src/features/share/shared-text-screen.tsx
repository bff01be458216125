import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useAppStore } from '@/store/store';

/** Joins what another app shared (title, text, link) into one draft, in that order, without repeats. */
export function sharedDraftText(search: string): string {
  const params = new URLSearchParams(search);
  const parts = ['title', 'text', 'url'].map((key) => params.get(key)?.trim() ?? '').filter(Boolean);
  return [...new Set(parts)].join('\n');
}

/** Where the share sheet lands: the shared text becomes a draft win on Today, to edit and save. */
export function SharedTextScreen() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const updateDraft = useAppStore((state) => state.updateDraft);

  useEffect(() => {
    const text = sharedDraftText(search);
    if (text) updateDraft({ text });
    navigate('/', { replace: true });
  }, [search, navigate, updateDraft]);

  return null;
}
