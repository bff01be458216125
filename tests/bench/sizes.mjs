// Byte counts read from build output. Both functions work on any Vite dist directory, so a new
// yardstick or a second entry point only needs a path.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {object} ManifestChunk
 * @property {string} file
 * @property {boolean} [isEntry]
 * @property {string[]} [imports]
 */

/**
 * @typedef {object} EntryJs
 * @property {number} gzipBytes
 * @property {number} rawBytes
 * @property {string[]} files
 */

/**
 * What the browser must download and run before the first screen can start: the entry chunks
 * and everything they import statically. Dynamic imports are left out because lazy routes
 * load later, on demand.
 * @param {string} distDir
 * @returns {Promise<EntryJs>}
 */
export async function entryJsSize(distDir) {
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entryKeys.length === 0) throw new Error(`No entry chunk in ${distDir}/.vite/manifest.json.`);

  /** @type {Set<string>} */
  const seen = new Set();
  const pending = [...entryKeys];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Manifest entry ${key} is imported but not listed.`);
    pending.push(...(chunk.imports ?? []));
  }

  const files = [...new Set([...seen].map((key) => /** @type {ManifestChunk} */ (manifest[key]).file))]
    .filter((file) => file.endsWith('.js'))
    .sort();
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const content = await readFile(join(distDir, file));
    rawBytes += content.length;
    // Each file is gzipped on its own because that is how a server sends them.
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  // The Today shell's script rides inside index.html and runs before any of the files above:
  // it is first-screen JavaScript too, gzipped on its own as a part of the page.
  const page = await readFile(join(distDir, 'index.html'), 'utf8');
  for (const [, inline = ''] of page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    rawBytes += Buffer.byteLength(inline);
    gzipBytes += gzipSync(inline, { level: 9 }).length;
    files.push('index.html (inline script)');
  }
  return { gzipBytes, rawBytes, files };
}

/**
 * @typedef {object} Precache
 * @property {number} bytes sum over distinct URLs, as that is what lands in Cache Storage
 * @property {number} entries entries as listed, duplicates included
 * @property {string[]} duplicates URLs listed more than once
 * @property {string[]} conflicts URLs listed with different revisions, which workbox refuses:
 *   it throws while setting up, and the worker then installs with nothing cached
 */

/**
 * Reads the precache list out of the generated service worker instead of asking workbox-build,
 * so the number describes the file that actually ships.
 * @param {string} distDir
 * @param {string} [swFile]
 * @returns {Promise<Precache>}
 */
export async function precacheSize(distDir, swFile = 'sw.js') {
  const source = await readFile(join(distDir, swFile), 'utf8');
  // Matches the minified {url:"a.js",revision:null} and a pretty-printed {"url": "a.js", "revision": "1"}.
  const urlPart = String.raw`["']?\burl["']?\s*:\s*["']([^"']+)["']`;
  const revisionPart = String.raw`(?:\s*,\s*["']?revision["']?\s*:\s*(null|["'][^"']*["']))?`;
  const listed = [...source.matchAll(new RegExp(urlPart + revisionPart, 'g'))].map((match) => ({
    url: match[1] ?? '',
    revision: match[2] ?? null,
  }));
  if (listed.length === 0) throw new Error(`No precache entries found in ${join(distDir, swFile)}.`);

  /** @type {Map<string, Set<string | null>>} */
  const revisions = new Map();
  for (const { url, revision } of listed) revisions.set(url, (revisions.get(url) ?? new Set()).add(revision));
  let bytes = 0;
  for (const url of revisions.keys()) {
    const path = join(distDir, decodeURIComponent(url.replace(/^\//, '').split(/[?#]/)[0] ?? ''));
    bytes += (await stat(path)).size;
  }
  const duplicates = [...revisions.keys()].filter((url) => listed.filter((entry) => entry.url === url).length > 1);
  const conflicts = [...revisions].filter(([, seen]) => seen.size > 1).map(([url]) => url);
  return { bytes, entries: listed.length, duplicates, conflicts };
}
