// Builds the app exactly as `npm run build` does, and the bare yardstick page with the same
// toolchain and target, so size differences come from the code and not from the build.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { appDistDir, bareDistDir, bareRoot, repoRoot } from './config.mjs';

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
