/**
 * A large import file is read (unzipped, parsed, laid out as a grid) in a worker thread, so the
 * browser host and the desktop window keep answering meanwhile; the register's SQLite connection
 * stays on the main thread. The worker also bounds the parse: its heap is capped, so a workbook
 * that is within the file limits but still too much for memory ends the worker, not the app.
 */

import { isMainThread, Worker } from 'node:worker_threads';
import { LedgerError, type ApiErrorBody } from '../../../shared/errors';
import { workerScript } from '../offThread/workerScript';
import { checkImportFile, readImportFile, type ReadOptions, type ReadTable } from './readFile';

/** Below this a file reads in well under a second: a thread would cost more than it saves. */
export const OFF_THREAD_BYTES = 256 * 1024;
/** A 50,000-row workbook takes about 900 MB to parse with exceljs; beyond this the worker is stopped. */
const WORKER_HEAP_MB = 2048;
/** Longest a read may take (a 20 MB workbook on a slow office PC needs well under a minute). */
const READ_TIMEOUT_MS = 180_000;

type WorkerReply = { ok: true; table: ReadTable } | { ok: false; error?: ApiErrorBody; detail?: string };

function tooMuch(fileName: string, zh: string, en: string): LedgerError {
  return new LedgerError('refused', `「${fileName}」${zh}，请拆分后分批导入`, `"${fileName}" ${en}; split it and import in parts`);
}

export async function readImportFileOffThread(fileName: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadTable> {
  // Already on a worker (a whole import runs on one, see offThread/): read here, under its heap cap.
  if (bytes.length < OFF_THREAD_BYTES || !isMainThread) return readImportFile(fileName, bytes, options);
  // Refusals by size, kind or caps come from here at once (inflating runs on libuv's threads), before
  // a worker is started; the worker checks again, as readImportFile always does.
  await checkImportFile(fileName, bytes);
  return readInWorker(fileName, bytes, options);
}

function readInWorker(fileName: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadTable> {
  const script = workerScript(import.meta.url, 'importReadWorker');
  return new Promise((resolve, reject) => {
    const worker = new Worker(script.code, {
      eval: script.eval,
      // Only the reading options travel: the caller's input also holds the file again as base64.
      workerData: { fileName, bytes, options: { encoding: options.encoding, delimiter: options.delimiter, sheet: options.sheet } },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(tooMuch(fileName, `读取超过 ${READ_TIMEOUT_MS / 1000} 秒仍未完成`, `took more than ${READ_TIMEOUT_MS / 1000} s to read`))), READ_TIMEOUT_MS);
    worker.once('message', (reply: WorkerReply) => finish(() => {
      if (reply.ok) resolve(reply.table);
      else if (reply.error) reject(new LedgerError(reply.error.code, reply.error.message, reply.error.messageEn, reply.error.issues));
      else reject(new Error(reply.detail ?? 'import read failed'));
    }));
    worker.once('error', (err: Error & { code?: string }) => finish(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? tooMuch(fileName, `内容过多，读取时超出内存上限 ${WORKER_HEAP_MB} MB`, `holds too much to read within the ${WORKER_HEAP_MB} MB memory limit`)
      : err)));
    worker.once('exit', (code) => finish(() => reject(new Error(`import reader stopped (exit ${code})`))));
  });
}
