/** Runs one service call on a worker thread (see serviceWorker.ts) and hands back its result. */

import { Worker } from 'node:worker_threads';
import type { ApiResult } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { WorkerCall } from './serviceWorker';
import { workerScript } from './workerScript';

/** A 50,000-row workbook takes about 900 MB to parse with exceljs; beyond this the worker is stopped. */
const WORKER_HEAP_MB = 2048;

function failure(message: string, messageEn: string): ApiResult<unknown> {
  return { ok: false, error: { code: 'internal', message, messageEn } };
}

export function dispatchInWorker(ctx: ServiceContext, method: string, input: unknown): Promise<ApiResult<unknown>> {
  const script = workerScript(import.meta.url, 'serviceWorker');
  const call: WorkerCall = {
    method,
    input,
    dbPath: ctx.dbPath,
    today: ctx.clock.today(),
    actor: ctx.actor,
    ...(ctx.systemActor !== undefined ? { systemActor: ctx.systemActor } : {}),
    appVersion: ctx.appVersion,
    resourcesDir: ctx.resourcesDir,
    ...(ctx.account ? { account: ctx.account } : {}),
  };
  return new Promise((resolve) => {
    const worker = new Worker(script.code, { eval: script.eval, workerData: call, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const finish = (result: ApiResult<unknown>) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.once('message', (result: ApiResult<unknown>) => finish(result));
    // A worker that ran out of memory or died ended inside a transaction at worst: SQLite rolled it back.
    worker.once('error', (err: Error & { code?: string }) => finish(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? failure(`内容过多，处理时超出内存上限 ${WORKER_HEAP_MB} MB，台账未作任何改动`, `Too much to process within the ${WORKER_HEAP_MB} MB memory limit; the register was not changed`)
      : failure(`后台处理出错，台账未作任何改动：${err.message}`, `Background work failed; the register was not changed: ${err.message}`)));
    worker.once('exit', (code) => finish(failure(`后台处理意外停止（${code}），台账未作任何改动`, `Background work stopped unexpectedly (${code}); the register was not changed`)));
  });
}
