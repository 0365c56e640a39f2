/**
 * How to start a worker thread on one of our modules: the bundled file beside main.js in the app;
 * in development and tests the TypeScript source, loaded through tsx's API (a worker does not
 * inherit tsx's loader hooks).
 */

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerScript {
  code: string;
  eval: boolean;
}

/** `callerUrl` is the caller's import.meta.url; `baseName` the worker module beside it (no extension). */
export function workerScript(callerUrl: string, baseName: string): WorkerScript {
  const here = fileURLToPath(callerUrl);
  if (!here.endsWith('.ts')) return { code: path.join(path.dirname(here), `${baseName}.js`), eval: false };
  // The bench times imports with the worker as the desktop app runs it: bundled by Vite into this
  // folder (dist/electron), not compiled from TypeScript by tsx on every start (seconds).
  const bundled = process.env.LEDGER_BUNDLED_WORKERS;
  if (bundled) return { code: path.join(bundled, `${baseName}.js`), eval: false };
  // Vitest's module runner has no import.meta.resolve; there the bare name resolves from the working folder.
  const tsxApi = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
  const source = pathToFileURL(path.join(path.dirname(here), `${baseName}.ts`)).href;
  return { code: `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}));`, eval: true };
}
