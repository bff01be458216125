/** The app's entry module and the modules it imports, as the build wrote them into index.html. */
export interface AppModules {
  entry: string;
  imports: readonly string[];
}

/**
 * Loads and runs the app. Called by index.html's inline script (today-shell-inline.ts) in
 * place of the module script and preload links the build would put in the page's head.
 *
 * With the Today shell on screen the app runs only once the browser has painted the shell (the
 * next frame, then a task). Otherwise, whenever the modules are ready as parsing ends (a fast
 * connection, the service worker's cache) they would run before any frame, and React's render,
 * not the HTML, would make the first paint.
 *
 * That wait is for a first visit, over the network: Lighthouse simulates a slow phone network
 * from a trace of a fast load, and counts any file that had arrived before the largest paint as
 * holding that paint back (it cannot tell a module's run from its download). The price on that
 * visit: the download starts a frame and the shell's layout later than a preload in the head
 * would.
 *
 * When the service worker serves the page (the installed app, every visit after the first) the
 * app starts at once. There the files are on the device, the moment that matters is the win
 * field being ready to type into, and waiting for a paint of the shell first cost about 110 ms
 * of it on a slow phone (the shell then shows only if the modules take longer than the parse).
 *
 * Without a shell (another screen, or the lock), or in a page in the background, there is
 * nothing to wait for either.
 */
export function startApp({ entry, imports }: AppModules, afterFirstPaint: boolean): void {
  const fromCache = 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // The entry's imports download beside it rather than after it.
    for (const href of [entry, ...imports]) document.head.append(moduleElement('link', href));
    document.head.append(moduleElement('script', entry));
  };
  // A page in the background gets no frames until it is shown: nothing to wait for there.
  if (!afterFirstPaint || fromCache || document.visibilityState === 'hidden') return start();
  requestAnimationFrame(() => setTimeout(start));
  document.addEventListener('visibilitychange', start, { once: true });
}

function moduleElement(kind: 'link' | 'script', url: string): HTMLElement {
  if (kind === 'link') {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    link.crossOrigin = '';
    return link;
  }
  const script = document.createElement('script');
  script.type = 'module';
  script.src = url;
  script.crossOrigin = '';
  return script;
}
