/** Builds what the desktop app runs: the renderer, then the main process and the preload. */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({ configFile: path.join(root, 'vite.config.ts') });
for (const entry of ['main', 'preload', 'importReadWorker', 'serviceWorker']) {
  process.env.LEDGER_ELECTRON_ENTRY = entry;
  await build({ configFile: path.join(root, 'vite.electron.config.ts') });
}
console.log('已构建 / built: dist/renderer, dist/electron/main.js, dist/electron/preload.cjs, dist/electron/importReadWorker.js, dist/electron/serviceWorker.js');
