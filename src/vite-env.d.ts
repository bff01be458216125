/** The version from package.json, set at build time. */
declare const __APP_VERSION__: string;

/** The app's module URLs, written into index.html's inline script at build time (vite.config.ts). */
declare const __APP_MODULES__: import('./app/start-app').AppModules;
