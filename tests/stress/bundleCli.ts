/**
 * The CLI bundled once for the suite (as the desktop main is for the app): a killed-and-restarted
 * CLI starts in a fraction of the time tsx needs to load the TypeScript sources, so twenty kills
 * per family fit the suite's ten minutes on two shared cores.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './lib';

export interface BundledCli {
  main: string;
  env: NodeJS.ProcessEnv;
}

export async function bundleCli(): Promise<BundledCli> {
  // Inside the work tree, so the bundle finds node_modules (better-sqlite3, exceljs …) as the app does.
  const outDir = path.join(REPO_ROOT, 'dist', 'stress-cli');
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const [name, entry] of [['main', 'electron/cli/main.ts'], ['importReadWorker', 'electron/services/import/importReadWorker.ts']] as const) {
    await build({
      root: REPO_ROOT,
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir,
        emptyOutDir: false,
        ssr: true,
        target: 'node20',
        minify: false,
        lib: { entry: path.join(REPO_ROOT, entry), formats: ['es'], fileName: () => `${name}.js` },
        rollupOptions: { external: ['better-sqlite3', /^node:/] },
      },
    });
  }
  fs.writeFileSync(path.join(outDir, 'package.json'), '{"type":"module"}');
  return {
    main: path.join(outDir, 'main.js'),
    env: { ...process.env, LEDGER_MIGRATIONS_DIR: path.join(REPO_ROOT, 'electron/db/migrations'), LEDGER_RESOURCES_DIR: path.join(REPO_ROOT, 'resources') },
  };
}
