// The script inlined at the end of index.html's #root, run by the parser before the first
// paint (today-shell.tsx says why the shell exists). It fills in the shell, then loads the app
// (start-app.ts). The build bundles it on its own into one small classic script with no
// imports, writes in the app's module URLs (__APP_MODULES__), and the Content-Security-Policy
// allows exactly it by its SHA-256 hash. It runs on every open, before anything is on screen:
// keep it small.
import { fillTodayShell, TODAY_SHELL_ID } from './fill-today-shell';
import { startApp } from './start-app';

let shown = false;
try {
  const shell = document.getElementById(TODAY_SHELL_ID);
  if (shell) shown = fillTodayShell(shell, new Date(), location.pathname);
} finally {
  // Whatever happened to the shell, the app starts.
  startApp(__APP_MODULES__, shown);
}
