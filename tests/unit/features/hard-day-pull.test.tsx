import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addWin } from '@/db/repo/wins';
import { dayBefore, dayOf } from '@/domain/day';
import { renderApp } from '../../support/render-app';
import { resetDatabase, resetStore } from '../../support/reset';

async function pulledText(): Promise<string> {
  const card = await screen.findByRole('article');
  return within(card).getAllByRole('paragraph')[1]?.textContent ?? '';
}

describe('pulling on a hard day', () => {
  it('brings out a win from before today, while the jar has one, whichever came out of the jar first', async () => {
    const today = dayOf(new Date());
    // Each draw is random: six fresh jars make it all but certain today's win was drawn first in one.
    for (let round = 0; round < 6; round += 1) {
      await resetDatabase();
      resetStore();
      await addWin({ text: 'Wrote this tonight', day: today });
      await addWin({ text: 'Walked to the park last week', day: dayBefore(dayBefore(today)) });
      const view = renderApp('/jar/pull');
      expect(await pulledText()).toBe('Walked to the park last week');
      view.unmount();
    }
  });

  it('still brings out today’s win when it is the only one', async () => {
    await addWin({ text: 'My first win', day: dayOf(new Date()) });
    renderApp('/jar/pull');
    expect(await pulledText()).toBe('My first win');
  });
});
