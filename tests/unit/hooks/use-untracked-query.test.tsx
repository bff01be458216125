import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { writeSetting } from '@/db/repo/settings';
import { addWin } from '@/db/repo/wins';
import { useUntrackedQuery } from '@/hooks/use-untracked-query';

const countWins = () => db.wins.count();

describe('useUntrackedQuery', () => {
  it('answers, then answers again when a win is saved', async () => {
    const { result } = renderHook(() => useUntrackedQuery(countWins, [], ['wins']));
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: 0 }));
    await addWin({ text: 'Made the bed', day: '2026-11-25' });
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', value: 1 }));
  });

  it('does not run again for changes to tables it was not told about', async () => {
    let runs = 0;
    const counted = () => {
      runs += 1;
      return countWins();
    };
    const { result } = renderHook(() => useUntrackedQuery(counted, [], ['wins']));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await writeSetting('weeklyRhythm', 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(1);
  });

  it('says when the query failed, instead of showing nothing forever', async () => {
    const { result } = renderHook(() => useUntrackedQuery(() => Promise.reject(new Error('closed')), [], ['wins']));
    await waitFor(() => expect(result.current).toEqual({ status: 'error' }));
  });
});
