/**
 * Moving a register between engines, exactly: `ledger team import-sqlite` copies a single-PC
 * register (every table: projects, nodes, monthly, history, batches, settings, rounds, snapshots)
 * into an empty team database in one transaction, keeping ids; `export-sqlite` writes a team
 * database back out as a single-PC file for offline work. Each copy is checked row for row before
 * it is kept: a copy that differs in one value is rolled back (or its file removed).
 */

import crypto from 'node:crypto';
import fs from 'node:fs';
import { LedgerError } from '../../../shared/errors';
import { openDatabase, type Db } from '../connection';
import { loadMigrations, migrate, schemaVersion } from '../migrate';
import type { PgQueryable } from '../schemaShape';
import { migratePostgres } from './migrate';

/** Parents before children, so foreign keys hold at every insert. A table missing here stops the copy. */
export const TABLE_ORDER = [
  'settings', 'code_lists', 'node_templates', 'projects', 'nodes', 'monthly', 'import_batches', 'changes',
  'problems', 'fill_rounds', 'fill_returns', 'month_closings', 'month_snapshots', 'accounts',
] as const;

/** Not moved: sessions belong to the server they were opened on. */
const NOT_COPIED = ['sessions'];

/** Tables with an identity id, whose sequence must continue after the copied ids. */
const IDENTITY_TABLES = ['node_templates', 'projects', 'nodes', 'import_batches', 'changes', 'problems', 'fill_rounds', 'fill_returns', 'accounts'];

const BATCH_ROWS = 500;

type Row = Record<string, unknown>;

export interface CopyReport {
  tables: Array<{ table: string; rows: number }>;
  /** Σ 总投资 of the register in 元, as read back from the copy. */
  totalInvestment: number;
}

function sqliteTables(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
}

function sqliteColumns(db: Db, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as Array<{ name: string }>).map((c) => c.name);
}

function sqliteKey(db: Db, table: string): string[] {
  const pk = (db.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as Array<{ name: string }>).map((c) => c.name);
  return pk.length ? pk : ['rowid'];
}

function checkTablesKnown(tables: string[]): void {
  const unknown = tables.filter((t) => !(TABLE_ORDER as readonly string[]).includes(t) && !NOT_COPIED.includes(t));
  if (unknown.length) throw new Error(`copyRegister does not know the table(s) ${unknown.join(', ')}: add them to TABLE_ORDER`);
}

/** One value as both engines should agree on it: BIGINT strings and numbers alike, blobs by hash. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `blob:${crypto.createHash('sha1').update(value).digest('hex')}`;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : `r:${value}`;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
  return JSON.stringify(value);
}

function rowsHash(rows: Row[], columns: string[]): string {
  const hash = crypto.createHash('sha1');
  for (const row of rows) hash.update(columns.map((c) => canonical(row[c])).join('\u0001') + '\u0002');
  return hash.digest('hex');
}

async function pgRows(pg: PgQueryable, table: string, columns: string[], key: string[]): Promise<Row[]> {
  return (await pg.query<Row>(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY ${key.map((c) => `"${c}"`).join(', ')}`)).rows;
}

function sqliteRows(db: Db, table: string, columns: string[], key: string[]): Row[] {
  return db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY ${key.map((c) => `"${c}"`).join(', ')}`).all() as Row[];
}

async function insertBatches(pg: PgQueryable, table: string, columns: string[], rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${columns.map((c) => { params.push(row[c] ?? null); return `$${params.length}`; }).join(', ')})`);
    await pg.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, params);
  }
}

/** Copies a single-PC register into an empty team database; everything or nothing. */
export async function importSqliteIntoPostgres(sqliteFile: string, pg: PgQueryable): Promise<CopyReport> {
  if (!fs.existsSync(sqliteFile)) throw new LedgerError('not_found', `找不到台账文件：${sqliteFile}`, `No register file at ${sqliteFile}`);
  const source = openDatabase(sqliteFile, { readonly: true });
  try {
    const latest = loadMigrations().length;
    const version = schemaVersion(source);
    if (version !== latest) {
      throw new LedgerError('refused', `该台账的结构版本是 ${version}，需先用本程序打开一次升级到 ${latest}，再导入团队版`, `This register is at schema ${version}; open it once with this app to upgrade it to ${latest}, then import it`);
    }
    const tables = sqliteTables(source);
    checkTablesKnown(tables);
    await migratePostgres(pg);
    const existing = (await pg.query<{ n: string }>(`SELECT count(*) AS n FROM projects`)).rows[0]!;
    if (Number(existing.n) > 0) {
      throw new LedgerError('refused', `团队数据库中已有 ${existing.n} 个项目，未导入。请导入到新建的空数据库`, `The team database already holds ${existing.n} projects; nothing was imported. Import into a new, empty database`);
    }
    const report: CopyReport = { tables: [], totalInvestment: 0 };
    await pg.query('BEGIN');
    try {
      // Defaults the team server wrote when it was set up give way to the register's own.
      for (const table of [...NOT_COPIED, ...[...TABLE_ORDER].reverse()]) await pg.query(`DELETE FROM "${table}"`);
      for (const table of TABLE_ORDER) {
        const columns = sqliteColumns(source, table);
        const key = sqliteKey(source, table);
        const rows = sqliteRows(source, table, columns, key);
        await insertBatches(pg, table, columns, rows);
        const copied = await pgRows(pg, table, columns, key);
        if (copied.length !== rows.length || rowsHash(copied, columns) !== rowsHash(rows, columns)) {
          throw new Error(`the copy of ${table} differs from the register (${rows.length} rows → ${copied.length})`);
        }
        report.tables.push({ table, rows: rows.length });
      }
      for (const table of IDENTITY_TABLES) {
        await pg.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "${table}"`);
      }
      const total = (await pg.query<{ total: string | null }>(`SELECT SUM(total_investment)::text AS total FROM projects`)).rows[0]!.total;
      report.totalInvestment = Number(total ?? 0);
      await pg.query('COMMIT');
    } catch (err) {
      await pg.query('ROLLBACK');
      throw err;
    }
    return report;
  } finally {
    source.close();
  }
}

/** Writes a team database out as a new single-PC register file (refused if the file exists). */
export async function exportPostgresToSqlite(pg: PgQueryable, sqliteFile: string): Promise<CopyReport> {
  if (fs.existsSync(sqliteFile)) throw new LedgerError('refused', `文件已存在，未覆盖：${sqliteFile}`, `The file exists and was not overwritten: ${sqliteFile}`);
  const target = openDatabase(sqliteFile);
  const report: CopyReport = { tables: [], totalInvestment: 0 };
  try {
    migrate(target, sqliteFile);
    checkTablesKnown(sqliteTables(target));
    const copies: Array<{ table: string; columns: string[]; key: string[]; rows: Row[] }> = [];
    for (const table of TABLE_ORDER) {
      const columns = sqliteColumns(target, table);
      const key = sqliteKey(target, table);
      copies.push({ table, columns, key, rows: await pgRows(pg, table, columns, key) });
    }
    target.transaction(() => {
      for (const table of [...TABLE_ORDER].reverse()) target.prepare(`DELETE FROM "${table}"`).run();
      for (const { table, columns, rows } of copies) {
        // pg hands BIGINT money over as a string; SQLite's INTEGER affinity stores that string as an
        // integer, exactly, with no float on the way.
        const insert = target.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of rows) insert.run(columns.map((c) => row[c] ?? null));
      }
    })();
    for (const { table, columns, key, rows } of copies) {
      const written = sqliteRows(target, table, columns, key);
      if (rowsHash(written, columns) !== rowsHash(rows, columns)) throw new Error(`the written ${table} differs from the team database`);
      report.tables.push({ table, rows: rows.length });
    }
    report.totalInvestment = (target.prepare('SELECT COALESCE(SUM(total_investment), 0) AS t FROM projects').get() as { t: number }).t;
    target.close();
    return report;
  } catch (err) {
    target.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqliteFile + suffix, { force: true });
    throw err;
  }
}
