import { lazy, type ComponentType } from 'react';

export type PreloadableScreen<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * A screen whose code loads on demand and can also be fetched ahead of the tap.
 * React.lazy suspends on its first render even when the code has already arrived, and
 * React 19 then holds the fallback for about 300 ms; once loaded, this renders the screen
 * straight away instead, so a preloaded tab opens in one frame.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (offline before the service worker took over) may work next time.
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Suspending = lazy(async () => ({ default: await preload() }));
  function Screen(props: P) {
    const Ready = loaded;
    return Ready ? <Ready {...props} /> : <Suspending {...props} />;
  }
  return Object.assign(Screen, { preload });
}
