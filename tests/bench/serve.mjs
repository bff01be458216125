// Serves the builds with Vite's own preview server: the same static serving the e2e tests use,
// so timings are not skewed by a different server's caching or compression.
import { preview } from 'vite';
import { appConfigFile, bareDistDir, bareRoot, repoRoot } from './config.mjs';

/**
 * @typedef {object} Served
 * @property {string} url
 * @property {() => Promise<void>} close
 */

/**
 * @param {import('vite').PreviewServer} server
 * @param {number} port
 * @returns {Served}
 */
function served(server, port) {
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
  return { url, close: () => server.close() };
}

/**
 * @param {string} what
 * @param {number} port
 * @param {() => Promise<import('vite').PreviewServer>} start
 */
async function startOn(what, port, start) {
  try {
    return served(await start(), port);
  } catch (error) {
    // Another bench or a stray preview may hold the port; say how to move aside instead of a bare stack.
    if (error instanceof Error && /already in use/i.test(error.message)) {
      const variable = what === 'app' ? 'BENCH_APP_PORT' : 'BENCH_BARE_PORT';
      const message = `Port ${port} for the ${what} preview is taken; free it or set ${variable} to another port.`;
      throw new Error(message, { cause: error });
    }
    throw error;
  }
}

/** @param {number} port */
export async function serveApp(port) {
  return startOn('app', port, () =>
    preview({
      configFile: appConfigFile,
      root: repoRoot,
      logLevel: 'warn',
      preview: { port, strictPort: true, host: 'localhost', open: false },
    }),
  );
}

/** @param {number} port */
export async function serveBare(port) {
  return startOn('bare page', port, () =>
    preview({
      configFile: false,
      root: bareRoot,
      logLevel: 'warn',
      build: { outDir: bareDistDir },
      preview: { port, strictPort: true, host: 'localhost', open: false },
    }),
  );
}
