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

/** @param {number} port */
export async function serveApp(port) {
  const server = await preview({
    configFile: appConfigFile,
    root: repoRoot,
    logLevel: 'warn',
    preview: { port, strictPort: true, host: 'localhost', open: false },
  });
  return served(server, port);
}

/** @param {number} port */
export async function serveBare(port) {
  const server = await preview({
    configFile: false,
    root: bareRoot,
    logLevel: 'warn',
    build: { outDir: bareDistDir },
    preview: { port, strictPort: true, host: 'localhost', open: false },
  });
  return served(server, port);
}
