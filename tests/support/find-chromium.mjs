// Finds a Chrome or Chromium already on this machine. Test tools may not download
// their own browser here, so the e2e tests and the benchmark use the system one.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const wellKnownPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to drive: CHROMIUM_PATH when set, else the first Chrome or Chromium found. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but nothing runnable is there.`);
  }
  const onPath = (process.env.PATH ?? '').split(delimiter).flatMap((dir) => names.map((name) => join(dir, name)));
  const found = [...onPath, ...wellKnownPaths].find(isExecutable);
  if (found) return found;
  throw new Error(
    'No Chrome or Chromium was found for the end-to-end tests and the benchmark.\n' +
      'Install one (on Debian or Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to its executable.',
  );
}

// Flags for a quiet, headless browser that never reaches out to the network on its own.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
