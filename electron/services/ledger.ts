/**
 * Opening a register: the database (migrated, defaults in place, the sample register on first
 * start if asked) and a `send` that validates every call against the contract.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteDb } from '../db/connection';
import { inTransaction, type Db } from '../db/db';
import { newPool, PgDb } from '../db/postgres/pgDb';
import { migratePostgres } from '../db/postgres/migrate';
import { redactedUrl, translatePostgresError } from '../db/postgres/pgErrors';
import { sqliteHandle, type SqliteDb } from '../db/sqliteDb';
import { LedgerError } from '../../shared/errors';
import { loadMigrations, migrate, schemaVersion, type MigrateResult } from '../db/migrate';
import { readCodeLists, readSettingValues, replaceCodeList } from '../db/queries/codeLists';
import { countProjects } from '../db/queries/projects';
import { translateSqliteError } from '../db/sqliteErrors';
import { insertTemplateIfMissing } from '../db/queries/templates';
import { systemClock, type Clock } from '../../shared/domain/dates';
import { STANDARD_TEMPLATE } from '../../shared/domain/templates';
import { CODE_LIST_NAMES } from '../../shared/domain/types';
import type { SendFn } from '../../shared/contract';
import type { Account, ServiceContext } from './context';
import { DEFAULT_CODE_LISTS } from './defaults';
import { actorFor, readSettings } from './settingsStore';
import { runDailyBackup } from './dailyBackup';
import { dispatch } from './dispatch';
import { SAMPLE_FLAG } from './data';
import { sendVia } from '../../shared/client';
import { contract, isMethodName } from '../../shared/contract';
import { dispatchInWorker } from './offThread/dispatchInWorker';
import { runsOffThread } from './offThread/heavyCalls';
import { warmSpareWorker } from './offThread/spareWorker';
import { createWriteGate } from './offThread/writeGate';

export interface OpenLedgerOptions {
  dbPath: string;
  /**
   * 团队版: postgres://… of the team register. When given, the register lives in PostgreSQL and
   * `dbPath` is not used.
   */
  databaseUrl?: string | undefined;
  clock?: Clock;
  actor?: string;
  /** Fill a newly created database with the sample register (the app and the browser host do). */
  seedSampleIfNew?: boolean;
  resourcesDir?: string;
  /** The shell passes Electron's own; other hosts read package.json. */
  appVersion?: string;
  /**
   * Open for reading only (check, rollup, export): nothing is written, not even defaults, so a
   * read-only file works and a damaged one can still be examined. The schema must be current.
   */
  readonly?: boolean;
  /** Take the day's automatic backup on opening (the app and the browser host do; the CLI does not). */
  dailyBackup?: boolean;
  /**
   * Run long calls (large imports, register-wide reports and templates) on a worker thread, with
   * writes queued behind them, so the window and the browser host keep answering. The CLI does
   * not: nothing else is waiting on it.
   */
  heavyCallsOffThread?: boolean;
}

export interface Ledger {
  ctx: ServiceContext;
  send: SendFn;
  /** A call; on a team server, made as the signed-in `account` (checked, and named in the history). */
  dispatch: (method: string, input: unknown, account?: Account) => ReturnType<typeof dispatch>;
  migration: MigrateResult;
  /** Whether the sample register was loaded during this open. */
  seeded: boolean;
  close(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const HOUR_MS = 60 * 60 * 1000;

export function defaultResourcesDir(): string {
  return process.env.LEDGER_RESOURCES_DIR ?? path.resolve(here, '../../resources');
}

export function appVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Code lists and the standard template, where a register has none yet. */
export async function ensureDefaults(ctx: ServiceContext): Promise<void> {
  await inTransaction(ctx.db, async () => {
    const lists = await readCodeLists(ctx.db, { includeRetired: true });
    for (const name of CODE_LIST_NAMES) {
      if (lists[name].length === 0) await replaceCodeList(ctx.db, name, DEFAULT_CODE_LISTS[name]);
    }
    await insertTemplateIfMissing(ctx.db, STANDARD_TEMPLATE.name, STANDARD_TEMPLATE.steps);
  });
}

/** A read-only open cannot migrate: an older schema is refused with what to do. */
function readonlyMigrationState(db: SqliteDb, latest: number): MigrateResult {
  const version = schemaVersion(db.handle);
  if (version !== latest) {
    throw new LedgerError(
      'refused',
      `该数据库的结构版本是 ${version}，需先升级到 ${latest}：请先用程序正常打开一次（会先自动备份），再执行此命令。`,
      `This database is at schema ${version} and needs upgrading to ${latest}: open it normally once (a backup is taken first), then run this command.`,
    );
  }
  return { from: version, to: version, backupPath: null };
}

export async function openLedger(options: OpenLedgerOptions): Promise<Ledger> {
  if (options.databaseUrl) return openPostgresLedger(options, options.databaseUrl);
  const dbPath = options.dbPath === ':memory:' ? ':memory:' : path.resolve(options.dbPath);
  const migrations = loadMigrations();
  // A new file that fails to come into being (a full disk) must not stay behind as a stub.
  const creating = dbPath !== ':memory:' && !options.readonly && !fs.existsSync(dbPath);
  const removeStub = () => {
    if (creating) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
  };
  let db: SqliteDb;
  try {
    db = openSqliteDb(dbPath, { maxSchemaVersion: migrations.length, readonly: options.readonly ?? false });
  } catch (err) {
    removeStub();
    throw err;
  }
  try {
    const migration = options.readonly ? readonlyMigrationState(db, migrations.length) : migrate(sqliteHandle(db), dbPath, migrations);
    const offThread = options.heavyCallsOffThread === true && dbPath !== ':memory:' && !options.readonly;
    return await startLedger(options, db, dbPath, migration, offThread);
  } catch (err) {
    await db.close();
    removeStub();
    // A read-only open checks no damage up front: a damaged file fails on its first read, and
    // that failure is told in words like every other.
    throw translateSqliteError(err, dbPath) ?? err;
  }
}

/** The team edition's register: a PostgreSQL database, migrated on opening (one server at a time). */
async function openPostgresLedger(options: OpenLedgerOptions, url: string): Promise<Ledger> {
  const pool = newPool(url);
  const db = new PgDb(pool);
  try {
    // One connection for the whole migration: its lock and transactions are per connection.
    const client = await pool.connect();
    let versions: { from: number; to: number };
    try {
      versions = await migratePostgres(client);
    } finally {
      client.release();
    }
    const { from, to } = versions;
    // Long work needs no worker here: the queries wait on the server, not on this thread.
    return await startLedger({ ...options, dailyBackup: false }, db, redactedUrl(url), { from, to, backupPath: null }, false);
  } catch (err) {
    await db.close();
    throw translatePostgresError(err, redactedUrl(url)) ?? err;
  }
}

/** What both engines share once the database is open and current. */
async function startLedger(options: OpenLedgerOptions, db: Db, dbPath: string, migration: MigrateResult, offThread: boolean): Promise<Ledger> {
  const ctx: ServiceContext = {
    db,
    dbPath,
    clock: options.clock ?? systemClock,
    actor: options.actor ?? osUser(),
    systemActor: options.actor ?? osUser(),
    appVersion: options.appVersion ?? appVersion(),
    resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
  };
  if (!options.readonly) await ensureDefaults(ctx);
  ctx.actor = actorFor(await readSettings(db), ctx);
  let backupTimer: ReturnType<typeof setInterval> | undefined;
  if (options.dailyBackup && !options.readonly) {
    await runDailyBackup(ctx);
    // A host left running for days still takes each day's copy.
    backupTimer = setInterval(() => void runDailyBackup(ctx), HOUR_MS);
    backupTimer.unref();
  }
  const gate = createWriteGate();
  if (offThread) warmSpareWorker();
  const projectCount = async () => {
    const count = await countProjects(db);
    return count.active + count.archived;
  };
  const call = async (method: string, input: unknown, account?: Account) => {
    const callCtx: ServiceContext = account ? { ...ctx, account, actor: account.displayName } : ctx;
    const run = offThread && (await runsOffThread(method, input, projectCount))
      ? () => dispatchInWorker(callCtx, method, input)
      : () => dispatch(callCtx, method, input);
    return isMethodName(method) && contract[method].writes ? await gate.run(run) : await run();
  };
  let seeded = false;
  // First start: a register that never held the sample and holds no project gets it. A register
  // the user cleared keeps its flag and stays empty.
  if (options.seedSampleIfNew && !options.readonly && (await projectCount()) === 0 && !(await readSettingValues(db))[SAMPLE_FLAG]) {
    const result = await call('data.seedSample', {});
    if (!result.ok) throw new Error(result.error.message);
    seeded = true;
  }
  return { ctx, send: sendVia(call), dispatch: call, migration, seeded, close: async () => {
    clearInterval(backupTimer);
    await ctx.db.close();
  } };
}
