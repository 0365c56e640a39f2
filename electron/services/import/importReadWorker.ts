/**
 * Worker thread entry: reads one import file (bytes → table) away from the thread that answers
 * requests. Bundled for the desktop app as dist/electron/importReadWorker.js.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { LedgerError } from '../../../shared/errors';
import { readImportFile, type ReadOptions } from './readFile';

export interface ReadRequest {
  fileName: string;
  bytes: Uint8Array;
  options: ReadOptions;
}

const { fileName, bytes, options } = workerData as ReadRequest;
try {
  parentPort?.postMessage({ ok: true, table: await readImportFile(fileName, bytes, options) });
} catch (err) {
  const error = err instanceof LedgerError ? err.toBody() : undefined;
  parentPort?.postMessage({ ok: false, ...(error ? { error } : { detail: String(err) }) });
}
