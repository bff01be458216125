import { renderHook, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { addWin, listWinsForDay } from '@/db/repo/wins';
import { useLiveQueryFor } from '@/hooks/use-live-query-for';

const texts = (wins: { text: string }[] | undefined) => wins?.map((win) => win.text);

it('answers about the day now asked for, never with the day before’s wins while the new ones load', async () => {
  await addWin({ text: 'Walked to the shop', day: '2026-11-24' });
  await addWin({ text: 'Called my sister', day: '2026-11-25' });
  const { result, rerender } = renderHook(({ day }) => useLiveQueryFor(day, listWinsForDay), { initialProps: { day: '2026-11-24' } });
  await waitFor(() => expect(texts(result.current)).toEqual(['Walked to the shop']));

  rerender({ day: '2026-11-25' });
  expect(result.current).toBeUndefined();
  await waitFor(() => expect(texts(result.current)).toEqual(['Called my sister']));
});
