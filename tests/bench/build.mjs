// Builds the app exactly as `npm run build` does, and the bare yardstick page with the same
// toolchain and target, so size differences come from the code and not from the build.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import {
  appDistDir,
  bareDistDir,
  bareRoot,
  inPageDistDir,
  inPageEntry,
  inPageGlobal,
  inPageScript,
  repoRoot,
} from './config.mjs';

const require = createRequire(import.meta.url);

/**
 * A child process, so the app's config (PWA plugin, icon generation) runs exactly as it does
 * from the command line and nothing it sets up leaks into this process.
 * @returns {Promise<string>} the build's own output directory
 */
export async function buildApp() {
  const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  /** @type {Buffer[]} */
  const output = [];
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(/** @type {Buffer} */ (chunk)));
    child.stderr.on('data', (chunk) => output.push(/** @type {Buffer} */ (chunk)));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`The app's vite build failed (exit ${String(code)}):\n${Buffer.concat(output).toString()}`);
  }
  return appDistDir;
}

/** @returns {Promise<string>} */
export async function buildBare() {
  await build({
    configFile: false,
    root: bareRoot,
    logLevel: 'warn',
    plugins: [react()],
    build: { target: 'es2022', outDir: bareDistDir, emptyOutDir: true, manifest: true },
  });
  return bareDistDir;
}

/**
 * The benchmark's in-page helpers (tests/bench/in-page/), bundled with the app's own modules
 * the way the app's build resolves them, at the app's target, into one classic script: the app's
 * Content-Security-Policy allows no injected <script>, so the harness evaluates it instead.
 * @returns {Promise<string>} the script's path
 */
export async function buildInPage() {
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@': join(repoRoot, 'src') } },
    // Library builds leave process.env alone for the library's users; in a page there is no process.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: inPageDistDir,
      emptyOutDir: true,
      lib: { entry: inPageEntry, formats: ['iife'], name: inPageGlobal, fileName: () => basename(inPageScript) },
    },
  });
  return inPageScript;
}
