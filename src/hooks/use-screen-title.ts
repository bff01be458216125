import { useEffect } from 'react';

/** What index.html calls every page, and Today keeps: the app's own name. */
export const APP_TITLE = 'Small Wins';

/**
 * Names the screen in the page title ("Look back · Small Wins"): what a screen reader says on
 * arriving, and what the browser's tabs, history and window switcher show. Only the screen's
 * name, never anything written in it, as browsers keep titles in their history. On leaving, the
 * title goes back to the app's name, so a screen without one (Today, a screen that could not
 * open, the lock screen) never keeps the last screen's.
 */
export function useScreenTitle(name: string): void {
  useEffect(() => {
    document.title = `${name} · ${APP_TITLE}`;
    return () => {
      document.title = APP_TITLE;
    };
  }, [name]);
}
