import { lazy, type ComponentType } from 'react';

export type RetryableLazy<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

// Counts the person's "try again"s. React.lazy keeps its first failure for good, so a screen
// (or a part of one, a sheet or an editor) whose code did not arrive makes a fresh one on its
// next render after a retry, and only then: a fresh one at every render would fetch again and again while offline, never
// letting the failure reach the error boundary that explains it.
let retries = 0;

/** Lets every screen or part whose code failed to download ask for it again on its next render. */
export function retryFailedLoads(): void {
  retries += 1;
}

/**
 * A screen, or a part of one, whose code loads on demand and can also be fetched ahead of the tap.
 * React.lazy suspends on its first render even when the code has already arrived, and
 * React 19 then holds the fallback for about 300 ms; once loaded, this renders the screen
 * straight away instead, so a preloaded tab opens in one frame.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  let failedBefore: number | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (offline before the service worker took over) may work next time.
        pending = null;
        failedBefore = retries;
        throw error;
      },
    );
    return pending;
  };
  const suspendUntilLoaded = () => lazy(async () => ({ default: await preload() }));
  let Suspending = suspendUntilLoaded();
  function Screen(props: P) {
    if (failedBefore !== null && failedBefore < retries) {
      failedBefore = null;
      Suspending = suspendUntilLoaded();
    }
    const Ready = loaded;
    return Ready ? <Ready {...props} /> : <Suspending {...props} />;
  }
  return Object.assign(Screen, { preload });
}
