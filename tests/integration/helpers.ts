import { sql } from '../../electron/db/db';
import { TEST_ENGINE, testDatabaseUrl, testDatabaseUrlSync } from '../pg/engine';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';

export const TODAY = '2026-11-22';

export function tempDir(prefix = 'ledger-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A register for one test: a fresh file, or on the postgres project a fresh database standing for it. */
const registerFiles = new WeakMap<Ledger, string>();

/** The register file a test opened with openTemp (on PostgreSQL, the file its database stands for), to open it again. */
export function registerFileOf(ledger: Ledger): string {
  const file = registerFiles.get(ledger);
  if (!file) throw new Error('not a register opened with openTemp');
  return file;
}

export async function openTemp(options: { today?: string; seed?: boolean; dbPath?: string; offThread?: boolean; readonly?: boolean } = {}): Promise<Ledger> {
  const dbPath = options.dbPath ?? path.join(tempDir(), 'ledger.sqlite');
  const ledger = await openLedger({
    dbPath,
    databaseUrl: TEST_ENGINE === 'postgres' ? await testDatabaseUrl(dbPath) : undefined,
    clock: fixedClock(options.today ?? TODAY),
    actor: 'tester',
    seedSampleIfNew: options.seed ?? false,
    heavyCallsOffThread: options.offThread ?? false,
    readonly: options.readonly ?? false,
  });
  registerFiles.set(ledger, dbPath);
  return ledger;
}

/** On the postgres project, `--db FILE` of a register a test opened names that register's database instead. */
function onTestEngine(args: string[]): string[] {
  const at = args.indexOf('--db');
  const file = at >= 0 ? args[at + 1] : undefined;
  const url = TEST_ENGINE === 'postgres' && file ? testDatabaseUrlSync(file) : undefined;
  return url ? [...args.slice(0, at), '--pg', url, ...args.slice(at + 2)] : args;
}

/** Makes writes to `table` that match `when` (SQL on NEW) fail inside the database, as a full disk would. */
export async function refuseWrites(ledger: Ledger, table: string, event: 'INSERT' | 'UPDATE', when: string): Promise<void> {
  const db = ledger.ctx.db;
  if (db.engine === 'sqlite') {
    await db.run(sql`${sql.raw(`CREATE TRIGGER refuse_for_test BEFORE ${event} ON ${table} WHEN ${when} BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`)}`);
    return;
  }
  await db.run(sql`CREATE OR REPLACE FUNCTION refuse_for_test() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql`);
  await db.run(sql`${sql.raw(`CREATE TRIGGER refuse_for_test BEFORE ${event} ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION refuse_for_test()`)}`);
}

/** A row count per table, to prove a refused write left nothing behind. */
export async function tableCounts(ledger: Ledger): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of ['projects', 'nodes', 'monthly', 'changes', 'code_lists', 'settings']) {
    counts[t] = (await ledger.ctx.db.get(sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(t)}`))?.n ?? 0;
  }
  return counts;
}

/** A query written with `?` placeholders, bound on either engine. */
function bound<T>(text: string, params: unknown[]) {
  const parts = text.split('?');
  if (parts.length !== params.length + 1) throw new Error(`${params.length} values for ${parts.length - 1} placeholders: ${text}`);
  return sql<T>(Object.assign([...parts], { raw: [...parts] }) as unknown as TemplateStringsArray, ...params);
}

/** Rows of a query, on either engine (assertions read the tables as they are). */
export async function rowsOf<T = Record<string, unknown>>(ledger: Ledger, text: string, ...params: unknown[]): Promise<T[]> {
  return await ledger.ctx.db.all(bound<T>(text, params));
}

/** The first row of a query, on either engine. */
export async function rowOf<T = Record<string, unknown>>(ledger: Ledger, text: string, ...params: unknown[]): Promise<T | undefined> {
  return await ledger.ctx.db.get(bound<T>(text, params));
}

/** A write, on either engine (setting up a case the services would not write). */
export async function runSql(ledger: Ledger, text: string, ...params: unknown[]): Promise<void> {
  await ledger.ctx.db.run(bound(text, params));
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `ledger` as a user would, in its own process, and returns its exit code and output. */
export function runLedgerCli(args: string[], env?: NodeJS.ProcessEnv): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...onTestEngine(args)], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, ...(env ? { env } : {}) });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
