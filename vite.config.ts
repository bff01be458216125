/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, runnerImport, type InlineConfig, type Plugin, type Rolldown } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/app/content-security-policy.ts';
import { manifest } from './src/pwa/manifest.ts';

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const root = fileURLToPath(new URL('.', import.meta.url));
const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/** The value a Content-Security-Policy source list takes to allow exactly this inline text. */
function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

// The policy goes in a meta tag so any static host carries it. Only the built
// app gets it: the dev server injects inline scripts the policy would block.
//
// The entry stylesheet is inlined into index.html: on a slow phone network a separate
// stylesheet holds the first paint back by a whole round trip. The policy then allows
// exactly that style element, and the Today shell's inline script (below), by their SHA-256
// hashes, and still no other inline style or script.
function cspAndInlineStyles(): Plugin {
  return {
    name: 'small-wins:csp-and-inline-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        let page = html;
        const styleHashes: string[] = [];
        page = page.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
          const asset = context.bundle?.[fileName];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') return link;
          const css = asset.source;
          styleHashes.push(sha256Source(css));
          return `<style>${css}</style>`;
        });
        const scriptHashes = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code = '']) => sha256Source(code));
        const policy = contentSecurityPolicy
          .replace("script-src 'self'", ["script-src 'self'", ...scriptHashes].join(' '))
          .replace("style-src 'self'", ["style-src 'self'", ...styleHashes].join(' '));
        return page.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

// The Today shell (why: src/app/today-shell.tsx): #root starts out holding the top of Today,
// rendered here by the app's own components, followed by the inline script that fills in the
// day and the prompt before the first paint and then loads the app. That script is
// src/app/today-shell-inline.ts, bundled on its own into one self-contained classic script (an
// inline script cannot import), with the app's module URLs written in: it replaces the module
// script and preload links Vite puts in the head (src/app/start-app.ts says why).
// cspAndInlineStyles, after this plugin, allows it by its hash.
function todayShell(): Plugin {
  const shared: InlineConfig = { configFile: false, root, logLevel: 'warn', resolve: { alias } };
  return {
    name: 'small-wins:today-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        let page = html;
        let entry = '';
        const imports: string[] = [];
        page = page.replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_tag, src: string) => {
          entry = src;
          return '';
        });
        page = page.replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_tag, href: string) => {
          imports.push(href);
          return '';
        });
        if (entry === '' || /<script type="module"/.test(page)) throw new Error('index.html has not one entry module script for the Today shell to start.');
        const [{ module }, output] = await Promise.all([
          runnerImport<typeof import('./src/app/today-shell.tsx')>('/src/app/today-shell.tsx', shared),
          build({
            ...shared,
            publicDir: false,
            define: { __APP_MODULES__: JSON.stringify({ entry, imports }) },
            build: {
              write: false,
              target: 'es2022',
              minify: true,
              rolldownOptions: { input: 'src/app/today-shell-inline.ts', output: { format: 'iife' } },
            },
          }),
        ]);
        const chunk = (Array.isArray(output) ? output : [output])
          .flatMap((result) => ('output' in result ? result.output : []))
          .find((file) => file.type === 'chunk' && file.isEntry);
        if (chunk?.type !== 'chunk') throw new Error('The Today shell script did not build.');
        const script = chunk.code.trim();
        if (/<\/script|<!--/i.test(script)) throw new Error('The Today shell script cannot be inlined as it is.');
        const empty = '<div id="root"></div>';
        if (!page.includes(empty)) throw new Error(`index.html has no ${empty} for the Today shell.`);
        return page.replace(empty, `<div id="root">${module.todayShellMarkup()}<script>${script}</script></div>`);
      },
    },
  };
}

// Vite wraps every lazy import() in its preload helper, which first fetches the files listed for
// it: the chunks it shares and its stylesheets. Here each list is empty (modulePreload is off, and
// the one stylesheet is inlined into index.html), so the helper, with its link-preloading loop, its
// wait for stylesheets and a `vite:preloadError` event nothing listens for, was about 670 B gzip of
// the first download doing nothing. This one only runs the import; a failed download still
// rejects, for the error boundary to catch. A lazy stylesheet would need the real helper, so the
// build stops if one appears.
function plainLazyImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'small-wins:plain-lazy-imports',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === helper ? helper : null),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : null),
    generateBundle(_options, bundle) {
      const stylesheets = Object.keys(bundle).filter((name) => name.endsWith('.css'));
      if (stylesheets.length > 1) {
        this.error(`More than one stylesheet (${stylesheets.join(', ')}): a lazy one needs Vite's preload helper back (plainLazyImports).`);
      }
    },
  };
}

const appEntry = fileURLToPath(new URL('./src/main.tsx', import.meta.url));
const firstDownloads = new WeakMap<Rolldown.ChunkingContext, Set<string>>();

/** The modules the app's entry imports statically, at any depth, but not the entry itself. */
function firstDownload(context: Rolldown.ChunkingContext): Set<string> {
  const known = firstDownloads.get(context);
  if (known) return known;
  const reached = new Set<string>();
  const waiting = [...(context.getModuleInfo(appEntry)?.importedIds ?? [])];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (reached.has(id) || id === appEntry) continue;
    reached.add(id);
    waiting.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  firstDownloads.set(context, reached);
  return reached;
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(packageVersion) },
  resolve: { alias },
  build: {
    target: 'es2022',
    manifest: true,
    // No preload lists for the lazy screens: they cost 965 B gzip in the first download
    // (every screen's list of shared files, and the code that walks it), to save one round
    // trip on a screen's first tap only before the service worker holds every file. After
    // that each file comes from the offline cache, and the tabs are warmed at idle anyway.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically, at any depth, goes in one "core" chunk beside
        // it: what Today needs at start, in as few files as can be. Left to itself the bundler
        // splits out each module a lazy screen shares with the first screen (a repo, a domain
        // helper), and on a slow phone network every extra file is another request before the
        // first paint (Lighthouse's simulated LCP went from 2.06 s to 1.91 s with one chunk). A
        // list of such modules by name went stale with every change; the import graph does not.
        codeSplitting: {
          groups: [{ name: (id, context) => (firstDownload(context).has(id) ? 'core' : null), debugName: 'core' }],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  plugins: [
    plainLazyImports(),
    react(),
    todayShell(),
    cspAndInlineStyles(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // Icons for every size come from public/icon.svg, generated at build time.
      pwaAssets: {
        image: 'public/icon.svg',
        preset: {
          transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
          maskable: { sizes: [192, 512], resizeOptions: { background: '#fbf7f2' } },
          apple: { sizes: [180], resizeOptions: { background: '#fbf7f2' } },
        },
        overrideManifestIcons: true,
        injectThemeColor: false,
      },
      manifest,
      workbox: {
        // The plugin adds the manifest itself; globbing it too would list it twice and break install.
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        // Install-sheet screenshots are for the store-like install dialog, not for using the app offline.
        // The backup worker (137 kB, Dexie and all, a fifth of everything else) is kept once first
        // used, not fetched with the rest on every first visit for a screen opened now and then.
        // Offline before its first use, the page does the worker's job itself (worker-line.ts).
        globIgnores: ['screenshots/**', 'assets/backup.worker-*.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/backup\.worker-[\w-]+\.js$/,
            handler: 'CacheFirst',
            // Hashed per release: the newest two are kept (two tabs may be a release apart).
            options: { cacheName: 'backup-worker', expiration: { maxEntries: 2 } },
          },
        ],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
    pool: 'threads',
  },
});
