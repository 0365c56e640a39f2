/**
 * Worker thread entry: one service call on its own connection to the register's file, so a long
 * import or report does not hold the thread that answers requests. The request thread opened,
 * migrated and checked the file already; here it is only opened. Bundled for the desktop app as
 * dist/electron/serviceWorker.js.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteDb } from '../../db/connection';
import { fixedClock } from '../../../shared/domain/dates';
import type { ApiResult } from '../../../shared/errors';
import type { Account, ServiceContext } from '../context';
import { dispatch, toErrorBody } from '../dispatch';
import { preloadExceljs } from '../excel/exceljs';

export interface WorkerCall {
  method: string;
  input: unknown;
  dbPath: string;
  /** The caller's today at the time of the call: the same day whether its clock is fixed or not. */
  today: string;
  actor: string;
  systemActor?: string;
  appVersion: string;
  resourcesDir: string;
  /** 团队版: the signed-in caller, checked here as on the request thread. */
  account?: Account;
}

async function run(call: WorkerCall): Promise<ApiResult<unknown>> {
  let db;
  try {
    db = openSqliteDb(call.dbPath, { alreadyChecked: true });
  } catch (err) {
    return { ok: false, error: toErrorBody(err, call.dbPath) };
  }
  try {
    const ctx: ServiceContext = {
      db,
      dbPath: call.dbPath,
      clock: fixedClock(call.today),
      actor: call.actor,
      ...(call.systemActor !== undefined ? { systemActor: call.systemActor } : {}),
      appVersion: call.appVersion,
      resourcesDir: call.resourcesDir,
      ...(call.account ? { account: call.account } : {}),
    };
    return await dispatch(ctx, call.method, call.input);
  } finally {
    await db.close();
  }
}

// Started ahead of need (spareWorker.ts), the thread loads this bundle and waits for its one call;
// a spare also loads exceljs while it waits (reports, templates and workbooks need it).
parentPort?.once('message', (call: WorkerCall) => {
  void run(call).then((result) => parentPort?.postMessage(result));
});
if ((workerData as { spare?: boolean } | undefined)?.spare) setImmediate(preloadExceljs);
