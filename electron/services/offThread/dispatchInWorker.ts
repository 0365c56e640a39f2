/** Runs one service call on a worker thread (see serviceWorker.ts) and hands back its result. */

import type { ApiResult } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { WorkerCall } from './serviceWorker';
import { takeWorker, warmSpareWorker, WORKER_HEAP_MB } from './spareWorker';

function failure(message: string, messageEn: string): ApiResult<unknown> {
  return { ok: false, error: { code: 'internal', message, messageEn } };
}

export function dispatchInWorker(ctx: ServiceContext, method: string, input: unknown): Promise<ApiResult<unknown>> {
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
    const worker = takeWorker();
    let settled = false;
    const finish = (result: ApiResult<unknown>) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
      // The next long call finds a thread already loaded (started after this one, not beside it).
      warmSpareWorker();
    };
    worker.once('message', (result: ApiResult<unknown>) => finish(result));
    // A worker that ran out of memory or died ended inside a transaction at worst: SQLite rolled it back.
    worker.once('error', (err: Error & { code?: string }) => finish(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? failure(`内容过多，处理时超出内存上限 ${WORKER_HEAP_MB} MB，台账未作任何改动`, `Too much to process within the ${WORKER_HEAP_MB} MB memory limit; the register was not changed`)
      : failure(`后台处理出错，台账未作任何改动：${err.message}`, `Background work failed; the register was not changed: ${err.message}`)));
    worker.once('exit', (code) => finish(failure(`后台处理意外停止（${code}），台账未作任何改动`, `Background work stopped unexpectedly (${code}); the register was not changed`)));
    worker.postMessage(call);
  });
}
