import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '@/app/start-app';

const modules = { entry: '/assets/index-a.js', imports: ['/assets/core-b.js'] };

/** What the page has been asked to load so far, in order. */
function requested(): string[] {
  return [...document.head.querySelectorAll('link[rel="modulepreload"], script[type="module"]')].map((element) =>
    element instanceof HTMLScriptElement ? `run ${element.getAttribute('src') ?? ''}` : `fetch ${element.getAttribute('href') ?? ''}`,
  );
}

describe('starting the app from index.html', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
  });

  const paint = () => {
    for (const frame of frames.splice(0)) frame(0);
    vi.advanceTimersByTime(0);
  };
  const all = ['fetch /assets/index-a.js', 'fetch /assets/core-b.js', 'run /assets/index-a.js'];

  it('without a shell on screen, fetches and runs the app at once', () => {
    startApp(modules, false);
    expect(requested()).toEqual(all);
  });

  it('with the shell on screen, on a first visit, asks for nothing until the shell has been painted, then starts once', () => {
    startApp(modules, true);
    expect(requested()).toEqual([]);
    paint();
    expect(requested()).toEqual(all);
    vi.advanceTimersByTime(5000);
    expect(requested()).toEqual(all);
  });

  it('served by the service worker (the installed app), starts at once: the field matters more than the shell', () => {
    vi.stubGlobal('navigator', { serviceWorker: { controller: {} } });
    startApp(modules, true);
    expect(requested()).toEqual(all);
    paint();
    expect(requested()).toEqual(all);
  });

  it('waits for the paint however long it takes, but not in a page in the background, which gets no frames', () => {
    startApp(modules, true);
    vi.advanceTimersByTime(10_000);
    expect(requested()).toEqual([]);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(requested()).toEqual(all);

    document.head.innerHTML = '';
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    startApp(modules, true);
    expect(requested()).toEqual(all);
  });
});
