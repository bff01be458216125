import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const builtApp = fileURLToPath(new URL('../../../dist', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

async function respond(root: string, requestUrl: string, response: ServerResponse): Promise<void> {
  const { pathname } = new URL(requestUrl, 'http://localhost');
  const path = normalize(join(root, decodeURIComponent(pathname)));
  // Addresses without a file extension are the app's own routes: the app's page answers them.
  const file = !path.startsWith(root + sep) ? null : extname(path) === '' ? join(root, 'index.html') : path;
  try {
    if (file === null) throw new Error('outside the release');
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
}

/** A copy of the built app, served on its own port, that can be changed into a "next release". */
export interface ReleaseServer {
  origin: string;
  /** Changes the service worker by a byte, as any new release would. */
  publishNextRelease(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves a private copy of dist/ from 127.0.0.1. A copy, so that a new release
 * can be published without touching the build other tests use.
 */
export async function startReleaseServer(copyTo: string): Promise<ReleaseServer> {
  await cp(builtApp, copyTo, { recursive: true });
  const server = createServer((request, response) => {
    void respond(copyTo, request.url ?? '/', response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const serviceWorker = join(copyTo, 'sw.js');

  return {
    origin: `http://127.0.0.1:${port}`,
    publishNextRelease: async () => {
      const current = await readFile(serviceWorker, 'utf8');
      await writeFile(serviceWorker, `${current}\n// the next release\n`);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
