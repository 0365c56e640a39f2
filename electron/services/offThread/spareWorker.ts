/**
 * One service worker thread started ahead of need and left waiting: loading the service bundle
 * (better-sqlite3, the query layer, zod) takes a few hundred milliseconds that a user would
 * otherwise wait through at every large import, report or month close. It waits unreferenced, so
 * it never keeps a process alive; each call takes it and a new one is started once that call ends.
 */

import { Worker } from 'node:worker_threads';
import { workerScript } from './workerScript';

/** A 50,000-row workbook takes about 900 MB to parse with exceljs; beyond this the worker is stopped. */
export const WORKER_HEAP_MB = 2048;

interface Spare {
  worker: Worker;
  script: string;
  alive: boolean;
}

let spare: Spare | undefined;

function startWorker(spare: boolean): { worker: Worker; script: string } {
  const script = workerScript(import.meta.url, 'serviceWorker');
  const worker = new Worker(script.code, { eval: script.eval, workerData: { spare }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  return { worker, script: script.code };
}

/**
 * Starts the spare if none is waiting (when a register opens with long calls off-thread, and after
 * each such call). Only for the bundled worker the app ships: under tsx (development, tests) a
 * thread compiles the services' TypeScript at its start, seconds of a CPU no one should pay ahead.
 */
export function warmSpareWorker(): void {
  if (spare?.alive || workerScript(import.meta.url, 'serviceWorker').eval) return;
  const started = startWorker(true);
  const entry: Spare = { ...started, alive: true };
  // A spare that fails to load or ends while waiting is simply not used.
  const gone = () => {
    entry.alive = false;
    if (spare === entry) spare = undefined;
  };
  entry.worker.once('error', gone);
  entry.worker.once('exit', gone);
  entry.worker.unref();
  spare = entry;
}

/** A worker waiting for its call: the spare when it is loaded for this same script, else a new one. */
export function takeWorker(): Worker {
  const taken = spare;
  spare = undefined;
  if (taken?.alive && taken.script === workerScript(import.meta.url, 'serviceWorker').code) {
    taken.worker.removeAllListeners('error');
    taken.worker.removeAllListeners('exit');
    taken.worker.ref();
    return taken.worker;
  }
  if (taken?.alive) void taken.worker.terminate();
  return startWorker(false).worker;
}

/** Ends the spare (a test or a host shutting down that wants no thread left). */
export async function stopSpareWorker(): Promise<void> {
  const taken = spare;
  spare = undefined;
  if (taken?.alive) await taken.worker.terminate();
}
