import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { arriveAtPart } from '@/app/arrive-at-part';

describe('a link to a part of a screen', () => {
  let scrolled: Element[];
  beforeEach(() => {
    scrolled = [];
    // jsdom lays nothing out, so it has no scrollIntoView of its own.
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this);
    };
    document.body.innerHTML = '<main id="main"><h1>Settings and help</h1></main>';
  });
  afterEach(() => vi.useRealTimers());

  const drawSetting = () => {
    const part = document.createElement('div');
    part.id = 'day-start';
    part.innerHTML = '<label for="hour">My day starts at</label><select id="hour"><option>4 am</option></select>';
    document.getElementById('main')?.append(part);
    return part;
  };

  it('lands on a part already drawn: in view, focus on its control', () => {
    const part = drawSetting();
    arriveAtPart('day-start');
    expect(scrolled).toEqual([part]);
    expect(document.activeElement).toBe(part.querySelector('select'));
  });

  it('focuses a part that is a control itself (a day in the calendar), and keeps it in the Tab order', () => {
    document.getElementById('main')!.innerHTML = '<a id="day-2026-10-03" href="/look-back/day/2026-10-03">3</a>';
    const day = document.getElementById('day-2026-10-03')!;
    arriveAtPart('day-2026-10-03');
    expect(document.activeElement).toBe(day);
    expect(day.hasAttribute('tabindex')).toBe(false);
  });

  it('waits for a part the screen draws a moment later', async () => {
    arriveAtPart('day-start');
    expect(scrolled).toEqual([]);
    const part = drawSetting();
    await vi.waitFor(() => expect(document.activeElement).toBe(part.querySelector('select')));
    expect(scrolled).toEqual([part]);
  });

  it('stops waiting when the screen is left, or after a few seconds, and then moves nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stop = arriveAtPart('day-start');
    stop();
    drawSetting();
    await Promise.resolve();
    expect(scrolled).toEqual([]);
    document.getElementById('day-start')?.remove();
    arriveAtPart('day-start');
    vi.advanceTimersByTime(3000);
    drawSetting();
    await Promise.resolve();
    expect(scrolled).toEqual([]);
  });

  it('stops waiting once the person starts doing something else', async () => {
    arriveAtPart('day-start');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    drawSetting();
    await Promise.resolve();
    expect(scrolled).toEqual([]);
  });
});
