import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';

// Not 4173, where `npm start` serves: the tests must never run against a stale build.
// E2E_PORT moves it when two checkouts test side by side.
const port = Number(process.env.E2E_PORT ?? 4190);

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    ...devices['Pixel 7'],
    baseURL: `http://localhost:${port}`,
    serviceWorkers: 'allow',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'off',
  },
  // The tests run against the production build, served as a person would get it.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    cwd: '../..',
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
