/** SQL of whole-database chores: integrity checks, backups, clearing the register. */

import type { Db } from '../connection';
import { isDamageError } from '../damage';

/** The check's findings; on a file too damaged to check, SQLite's refusal is the finding. */
export function integrityCheck(db: Db): string[] {
  try {
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
  } catch (err) {
    if (isDamageError(err)) return [`数据库文件已损坏 / damaged: ${(err as Error).message}`];
    throw err;
  }
}

export function foreignKeyCheck(db: Db): Array<{ table: string; rowid: number; parent: string }> {
  try {
    return db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  } catch (err) {
    if (isDamageError(err)) return [];
    throw err;
  }
}

/** A consistent copy of the live database, readable on its own (no WAL beside it). */
export function backupTo(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** Removes every project with its nodes, months, problems and history; code lists and settings stay. */
export function clearRegister(db: Db): number {
  const n = (db.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
  db.exec('DELETE FROM month_snapshots; DELETE FROM month_closings; DELETE FROM fill_returns; DELETE FROM fill_rounds; DELETE FROM problems; DELETE FROM monthly; DELETE FROM nodes; DELETE FROM changes; DELETE FROM import_batches; DELETE FROM projects;');
  return n;
}

export interface OpenProblemRow {
  project_id: number;
  node_id: number | null;
  text: string;
  promised_on: string | null;
}

export function openProblems(db: Db, projectId?: number): OpenProblemRow[] {
  const one = projectId === undefined ? '' : 'AND project_id = @projectId';
  return db
    .prepare(`SELECT project_id, node_id, text, promised_on FROM problems WHERE resolved_on IS NULL ${one}`)
    .all(projectId === undefined ? {} : { projectId }) as OpenProblemRow[];
}
