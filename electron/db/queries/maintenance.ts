/** SQL of whole-database chores: integrity checks, backups, clearing the register. */

import { sql, type Db } from '../db';
import { isDamageError } from '../damage';
import { sqliteHandle } from '../sqliteDb';

/** The check's findings; on a file too damaged to check, SQLite's refusal is the finding. PostgreSQL checks its own pages. */
export async function integrityCheck(db: Db): Promise<string[]> {
  if (db.engine !== 'sqlite') return ['ok'];
  try {
    return (sqliteHandle(db).pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  } catch (err) {
    if (isDamageError(err)) return [`数据库文件已损坏 / damaged: ${(err as Error).message}`];
    throw err;
  }
}

/** Rows whose parent is missing (SQLite enforces keys per connection; PostgreSQL always does). */
export async function foreignKeyCheck(db: Db): Promise<Array<{ table: string; rowid: number; parent: string }>> {
  if (db.engine !== 'sqlite') return [];
  try {
    return sqliteHandle(db).pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  } catch (err) {
    if (isDamageError(err)) return [];
    throw err;
  }
}

/** A consistent copy of the live SQLite database, readable on its own (no WAL beside it). */
export async function backupTo(db: Db, file: string): Promise<void> {
  await db.run(sql`VACUUM INTO ${file}`);
}

/** Removes every project with its nodes, months, problems and history; code lists and settings stay. */
export async function clearRegister(db: Db): Promise<number> {
  const n = (await db.get(sql<{ n: number }>`SELECT count(*) AS n FROM projects`))?.n ?? 0;
  for (const table of ['month_snapshots', 'month_closings', 'fill_returns', 'fill_rounds', 'problems', 'monthly', 'nodes', 'changes', 'import_batches', 'projects']) {
    await db.run(sql`DELETE FROM ${sql.table(table)}`);
  }
  return n;
}

export interface OpenProblemRow {
  project_id: number;
  node_id: number | null;
  text: string;
  promised_on: string | null;
}

export async function openProblems(db: Db, projectId?: number): Promise<OpenProblemRow[]> {
  const one = projectId === undefined ? sql`` : sql`AND project_id = ${projectId}`;
  return db.all(sql<OpenProblemRow>`SELECT project_id, node_id, text, promised_on FROM problems WHERE resolved_on IS NULL ${one}`);
}
