/**
 * What to do with a file that needs a newer app. The service worker waits for the person
 * (prompt mode), so reloading the page keeps the version there is: only the Reload button on
 * the "new version" note (pwa/pwa-notices.tsx) brings the new one in, and the note comes once
 * the app has found it, which takes a connection. The note keeps its own copy of its words, so
 * this sentence stays out of the first screen's download; the import tests check the two agree.
 */
export const updateThenPickAgain =
  'Update first: when the note “A new version of Small Wins is ready” appears (it comes while you are online), ' +
  'tap its Reload button. Then pick this file again.';
