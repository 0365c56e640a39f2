/** Helpers shared by the stress families: the CLI as a user runs it, database fingerprints, a seeded PRNG. */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const TODAY = '2026-11-22';

/** A family failed: the message says what a user would have met. */
export class StressFailure extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new StressFailure(message);
}

export function tempDir(prefix = 'ledger-stress-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** The CLI the suite runs: the TypeScript sources under tsx, or the bundle run.ts builds first. */
let cli: { argv: string[]; env: NodeJS.ProcessEnv } = { argv: ['--import', 'tsx', 'electron/cli/main.ts'], env: process.env };

export function useBundledCli(main: string, env: NodeJS.ProcessEnv): void {
  cli = { argv: [main], env };
}

/** `ledger …` in its own process, waited for (bounded). */
export function ledgerCli(args: string[], timeoutMs = 180_000): CliRun {
  const r = spawnSync(process.execPath, [...cli.argv, ...args], { cwd: REPO_ROOT, env: cli.env, encoding: 'utf8', timeout: timeoutMs });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** `ledger …` started, to be killed (or awaited): the child and a promise of how it ended. */
export function startLedgerCli(args: string[]) {
  const child = spawn(process.execPath, [...cli.argv, ...args], { cwd: REPO_ROOT, env: cli.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => { out += c.toString('utf8'); });
  child.stderr.on('data', (c: Buffer) => { err += c.toString('utf8'); });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, out, err }));
  });
  return { child, ended };
}

/** The raw SQLite words the issue found reaching users (error codes, and the four messages it names). */
export const RAW_SQLITE = /SQLITE_[A-Z]+|database is locked|database or disk is full|attempt to write a readonly database|unable to open database file/;

/** Timestamps differ between runs of the same write: left out of fingerprints. */
const TIME_COLUMN = /(^at$|_at$|_on_clock$)/;

/**
 * The register's content as one hash per table (every table, every row, every column but the
 * time stamps), after SQLite's own recovery of a hot WAL: what a user reopening the file gets.
 */
export function fingerprint(dbFile: string): Record<string, string> {
  const db = new Database(dbFile);
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
    const result: Record<string, string> = {};
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Array<Record<string, unknown>>;
      const hash = crypto.createHash('sha1');
      for (const row of rows) hash.update(JSON.stringify(Object.entries(row).filter(([k]) => !TIME_COLUMN.test(k))));
      result[t] = `${rows.length}:${hash.digest('hex').slice(0, 12)}`;
    }
    return result;
  } finally {
    db.close();
  }
}

/** integrity_check and foreign_key_check both clean. */
export function integrityOk(dbFile: string): boolean {
  const db = new Database(dbFile);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const fk = db.pragma('foreign_key_check') as unknown[];
    return integrity === 'ok' && fk.length === 0;
  } finally {
    db.close();
  }
}

export function sameFingerprint(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Mulberry32: the same run every time for a seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A progress line on stderr (the summary lines go to stdout), so a slow family shows where it is. */
export function progress(message: string): void {
  process.stderr.write(`  [${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A project list as a district office sends it, `rows` projects with codes P-1…; amounts in 万元. */
export function projectCsv(rows: number, prefix = 'P'): string {
  const lines = ['项目编号,项目名称,建设单位,产业链,所在街道,总投资（万元）,年度计划投资（万元）,签约日期,计划开工,计划竣工,责任领导,形象进度'];
  for (let i = 1; i <= rows; i++) {
    lines.push(`${prefix}-${i},压力项目${prefix}${i}号,湖州第${i % 211}建设有限公司,新能源,凤凰街道,${1000 + i},${100 + (i % 50)},2026-0${1 + (i % 9)}-1${i % 10},2026-1${i % 3}-0${1 + (i % 9)},2028-06-30,王建国,桩基施工`);
  }
  return lines.join('\n') + '\n';
}
