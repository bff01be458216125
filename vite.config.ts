/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/app/content-security-policy.ts';
import { manifest } from './src/pwa/manifest.ts';

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

// The policy goes in a meta tag so any static host carries it. Only the built
// app gets it: the dev server injects inline scripts the policy would block.
//
// The entry stylesheet is inlined into index.html: on a slow phone network a separate
// stylesheet holds the first paint back by a whole round trip. The policy then allows
// exactly that style element, by its SHA-256 hash, and still no other inline style.
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
          styleHashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
          return `<style>${css}</style>`;
        });
        const policy = contentSecurityPolicy.replace("style-src 'self'", ["style-src 'self'", ...styleHashes].join(' '));
        return page.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(packageVersion) },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    manifest: true,
    rolldownOptions: {
      output: {
        // What Today needs at start goes in one "core" chunk beside the entry, instead of the
        // six small shared chunks the lazy screens would otherwise split it into: on a slow
        // phone network every extra file is another request before the first paint
        // (Lighthouse's simulated LCP went from 2.06 s to 1.91 s).
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|zustand|wouter|date-fns|use-sync-external-store|regexparam)[\\/]|src[\\/](db[\\/]database|db[\\/]schema|domain[\\/](draft|day|search-text|settings)|hooks[\\/]use-settings|db[\\/]repo[\\/]settings)\./,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  plugins: [
    react(),
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
        globIgnores: ['screenshots/**'],
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
