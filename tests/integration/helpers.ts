import { sqliteHandle } from '../../electron/db/sqliteDb';
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

export async function openTemp(options: { today?: string; seed?: boolean; dbPath?: string; offThread?: boolean } = {}): Promise<Ledger> {
  return openLedger({
    dbPath: options.dbPath ?? path.join(tempDir(), 'ledger.sqlite'),
    clock: fixedClock(options.today ?? TODAY),
    actor: 'tester',
    seedSampleIfNew: options.seed ?? false,
    heavyCallsOffThread: options.offThread ?? false,
  });
}

/** A row count per table, to prove a refused write left nothing behind. */
export function tableCounts(ledger: Ledger): Record<string, number> {
  const tables = ['projects', 'nodes', 'monthly', 'changes', 'code_lists', 'settings'];
  return Object.fromEntries(tables.map((t) => [t, (sqliteHandle(ledger.ctx.db).prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `ledger` as a user would, in its own process, and returns its exit code and output. */
export function runLedgerCli(args: string[], env?: NodeJS.ProcessEnv): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, ...(env ? { env } : {}) });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
