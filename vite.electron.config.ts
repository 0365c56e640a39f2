import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';

// Bundles the Electron main process (ESM), the preload (CommonJS: sandboxed preloads cannot be
// ESM) and the worker threads (import reader, long service calls) into dist/electron, with the SQL migrations copied beside them.
const root = fileURLToPath(new URL('.', import.meta.url));
const target = process.env.LEDGER_ELECTRON_ENTRY ?? 'main';
/**
 * Entry per target; readOffThread.ts starts dist/electron/importReadWorker.js and dispatchInWorker.ts
 * dist/electron/serviceWorker.js, beside main.js.
 */
const ENTRIES: Record<string, string> = {
  main: 'electron/main.ts',
  preload: 'electron/preload.ts',
  importReadWorker: 'electron/services/import/importReadWorker.ts',
  serviceWorker: 'electron/services/offThread/serviceWorker.ts',
};
const entry = ENTRIES[target];
if (!entry) throw new Error(`unknown LEDGER_ELECTRON_ENTRY ${target}`);

export default defineConfig({
  root,
  logLevel: 'warn',
  build: {
    outDir: 'dist/electron',
    emptyOutDir: false,
    ssr: true,
    target: 'node20',
    minify: false,
    lib: {
      entry: path.join(root, entry),
      formats: [target === 'preload' ? 'cjs' : 'es'],
      fileName: () => (target === 'preload' ? 'preload.cjs' : `${target}.js`),
    },
    rollupOptions: { external: ['electron', 'better-sqlite3', /^node:/] },
  },
  // Pure-JavaScript libraries go into the bundle: resolving and loading kysely's hundreds of ESM
  // files (and zod's, csv-parse's) cost every worker thread about half a second at its start.
  ssr: { noExternal: ['kysely', 'zod', 'csv-parse'] },
  plugins: [
    {
      name: 'copy-migrations',
      closeBundle() {
        const from = path.join(root, 'electron', 'db', 'migrations');
        const to = path.join(root, 'dist', 'electron', 'migrations');
        // Recursive: the PostgreSQL twins sit in migrations/postgres.
        fs.cpSync(from, to, { recursive: true });
      },
    },
  ],
});
