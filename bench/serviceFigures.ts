/**
 * The service's figures on a generated register: generate, rollups and the register's list, each
 * beside the bare SQL (and JSON) doing the same work. The floors' SQL is here on purpose: it is
 * the yardstick, not the app's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SqliteHandle as Db } from '../electron/db/connection';
import { sqliteHandle } from '../electron/db/sqliteDb';
import type { Ledger } from '../electron/services/ledger';
import { openLedger } from '../electron/services/ledger';
import { fixedClock } from '../shared/domain/dates';
import { figure, medianOf, once, sizeTag, type Figure } from './figures';

export const BENCH_TODAY = '2026-11-22';

function tables(db: Db): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
}

function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}

/**
 * The floor of `generate`: the rows it wrote, inserted by raw better-sqlite3 into a fresh register
 * (same schema and defaults) in one transaction; the rows are read beforehand, untimed.
 */
export async function rawInsertMs(source: Db, dir: string, name: string): Promise<number> {
  const target = await openLedger({ dbPath: path.join(dir, `floor-${name}.sqlite`), clock: fixedClock(BENCH_TODAY) });
  try {
    const db = sqliteHandle(target.ctx.db);
    const copies = tables(source).filter((t) => tables(db).includes(t) && count(db, t) === 0 && count(source, t) > 0).map((t) => {
      const rows = source.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][];
      const cols = source.prepare(`SELECT * FROM "${t}" LIMIT 1`).columns().map((c) => `"${c.name}"`);
      return { sql: `INSERT INTO "${t}" (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, rows };
    });
    return await once(async () => {
      db.transaction(() => {
        // Tables in any order: the keys are checked once, at the commit.
        db.pragma('defer_foreign_keys = ON');
        for (const { sql, rows } of copies) {
          const insert = db.prepare(sql);
          for (const r of rows) insert.run(...r);
        }
      })();
    });
  } finally {
    await target.close();
  }
}

export async function generateRegister(n: number, dir: string): Promise<{ ledger: Ledger; figures: Figure[]; dbPath: string }> {
  const dbPath = path.join(dir, `bench-${n}.sqlite`);
  const ledger = await openLedger({ dbPath, clock: fixedClock(BENCH_TODAY) });
  const genMs = await once(() => ledger.send('data.generate', { projects: n, seed: 1 }));
  const floorMs = await rawInsertMs(sqliteHandle(ledger.ctx.db), dir, String(n));
  return { ledger, dbPath, figures: [figure(`generate-${sizeTag(n)}`, genMs, floorMs, 'raw better-sqlite3 INSERTs of the same rows, one transaction')] };
}

/** The bare queries a service figure is held against, on one engine. */
export interface Floors {
  /** `SELECT * FROM projects` (active) made into JSON. */
  list: () => Promise<unknown>;
  /** count and sums GROUP BY these columns. */
  groupBy: (cols: string) => Promise<unknown>;
  /** Id suffix ('' or '-pg') and what the floor is called. */
  suffix: string;
  engine: string;
}

/** `projects.list` and the three rollups, each beside its bare query, on the ledger's engine. */
export async function listAndRollupFigures(ledger: Ledger, n: number, runs: number, floors: Floors): Promise<Figure[]> {
  const tag = `${sizeTag(n)}${floors.suffix}`;
  const out: Figure[] = [];
  const listFloor = await medianOf(runs, floors.list);
  const list = await medianOf(runs, async () => JSON.stringify(await ledger.send('projects.list', {})));
  out.push(figure(`list-${tag}`, list, listFloor, `${floors.engine}SELECT * FROM projects + JSON.stringify`, { target: n >= 30_000 ? '≤ ×2' : '' }));
  const rollups: Array<[string, () => Promise<unknown>, string]> = [
    ['chain', () => ledger.send('rollups.by', { by: 'chain' }), 'chain'],
    ['area', () => ledger.send('rollups.by', { by: 'area' }), 'area'],
    ['chain-area', () => ledger.send('rollups.matrix', { rows: 'chain', columns: 'area' }), 'chain, area'],
  ];
  for (const [name, service, cols] of rollups) {
    const floorMs = await medianOf(runs, () => floors.groupBy(cols));
    const ms = await medianOf(runs, service);
    out.push(figure(`rollup-${name}-${tag}`, ms, floorMs, `${floors.engine}bare SQL GROUP BY (count, sums)`));
  }
  return out;
}

/** The same GROUP BY on either engine: count, sums, and how many amounts are known. */
export function groupBySql(cols: string): string {
  return `SELECT ${cols}, count(*), sum(total_investment), count(total_investment), sum(annual_plan) FROM projects WHERE archived = 0 GROUP BY ${cols}`;
}

export async function serviceFigures(ledger: Ledger, n: number, runs: number): Promise<Figure[]> {
  const db = sqliteHandle(ledger.ctx.db);
  return listAndRollupFigures(ledger, n, runs, {
    list: () => Promise.resolve(JSON.stringify(db.prepare('SELECT * FROM projects WHERE archived = 0').all())),
    groupBy: (cols) => Promise.resolve(db.prepare(groupBySql(cols)).all()),
    suffix: '',
    engine: '',
  });
}

export function benchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
}
