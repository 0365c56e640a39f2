/** SQL of import batches and of undoing one: the batch row, its audit rows, and later edits to the same projects. */

import type { Db } from '../connection';
import type { ImportBatch } from '../../../shared/import/types';

interface BatchRecord {
  id: number;
  file_name: string;
  encoding: string;
  mode: string;
  rows_added: number;
  rows_updated: number;
  rows_rejected: number;
  created_at: string;
  actor: string;
  undone_at: string | null;
}

function toBatch(r: BatchRecord): ImportBatch {
  return {
    id: r.id, fileName: r.file_name, encoding: r.encoding, mode: r.mode, added: r.rows_added, updated: r.rows_updated,
    rejected: r.rows_rejected, createdAt: r.created_at, actor: r.actor, undoneAt: r.undone_at,
  };
}

export function insertBatch(db: Db, b: { fileName: string; encoding: string; mode: string; createdAt: string; actor: string }): number {
  return Number(
    db.prepare('INSERT INTO import_batches (file_name, encoding, mode, created_at, actor) VALUES (?, ?, ?, ?, ?)')
      .run(b.fileName, b.encoding, b.mode, b.createdAt, b.actor).lastInsertRowid,
  );
}

export function setBatchCounts(db: Db, id: number, counts: { added: number; updated: number; rejected: number }): void {
  db.prepare('UPDATE import_batches SET rows_added = ?, rows_updated = ?, rows_rejected = ? WHERE id = ?').run(counts.added, counts.updated, counts.rejected, id);
}

export function getBatch(db: Db, id: number): ImportBatch | undefined {
  const r = db.prepare('SELECT * FROM import_batches WHERE id = ?').get(id) as BatchRecord | undefined;
  return r ? toBatch(r) : undefined;
}

export function listBatches(db: Db, limit: number): ImportBatch[] {
  return (db.prepare('SELECT * FROM import_batches ORDER BY id DESC LIMIT ?').all(limit) as BatchRecord[]).map(toBatch);
}

export function markBatchUndone(db: Db, id: number, at: string): void {
  db.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(at, id);
}

export interface BatchChange {
  id: number;
  entity: 'project' | 'monthly' | 'node';
  /** The project, or the node for a node row. */
  entityId: number;
  projectId: number;
  field: string;
  before: string | null;
}

/** The project, month and node rows a batch wrote (a merged fill-in template writes all three), oldest first. */
export function batchProjectChanges(db: Db, batchId: number): BatchChange[] {
  return (db.prepare(`SELECT id, entity, entity_id AS entityId, project_id AS projectId, field, before FROM changes
    WHERE batch_id = ? AND entity IN ('project', 'monthly', 'node') ORDER BY id`).all(batchId) as BatchChange[]);
}

/**
 * Edits made to any of `projectIds` after audit row `afterId` by anything but this batch: they block an undo.
 * A schedule generated in bulk from a template (or that generation undone) is not such an edit: its
 * rows lie inside an 'operation' head row's span (see templateRuns.ts), and removing the project
 * takes the generated nodes with it. Edits to those nodes are node rows, and still block.
 */
export function laterEdits(db: Db, projectIds: number[], afterId: number, batchId: number): Array<{ projectId: number; at: string; actor: string; field: string }> {
  if (projectIds.length === 0) return [];
  db.exec('CREATE TEMP TABLE IF NOT EXISTS undo_projects (id INTEGER PRIMARY KEY)');
  db.exec('DELETE FROM undo_projects');
  const insert = db.prepare('INSERT OR IGNORE INTO undo_projects (id) VALUES (?)');
  for (const id of projectIds) insert.run(id);
  return db.prepare(`SELECT project_id AS projectId, at, actor, field FROM changes
    WHERE id > ? AND project_id IN (SELECT id FROM undo_projects) AND (batch_id IS NULL OR batch_id <> ?)
      AND NOT (entity = 'project' AND field = 'nodes' AND EXISTS (SELECT 1 FROM changes op
        WHERE op.entity = 'operation' AND op.id < changes.id AND changes.id <= json_extract(op.after, '$.lastChangeId')))
    ORDER BY id LIMIT 20`)
    .all(afterId, batchId) as Array<{ projectId: number; at: string; actor: string; field: string }>;
}

export function deleteProject(db: Db, id: number): void {
  db.prepare('DELETE FROM projects WHERE id = ?').run(id);
}

/** Appends values to a code list after its last entry. */
export function appendCodeValues(db: Db, list: string, values: string[]): void {
  const last = (db.prepare('SELECT max(seq) AS seq FROM code_lists WHERE list = ?').get(list) as { seq: number | null }).seq ?? 0;
  const insert = db.prepare('INSERT OR IGNORE INTO code_lists (list, value, seq) VALUES (?, ?, ?)');
  values.forEach((v, i) => insert.run(list, v, last + i + 1));
}

/** Code-list entries a batch added (its `code_list` audit rows). */
export function batchCodeValues(db: Db, batchId: number): Array<{ list: string; value: string }> {
  return db.prepare(`SELECT field AS list, after AS value FROM changes WHERE batch_id = ? AND entity = 'code_list' AND after IS NOT NULL ORDER BY id`)
    .all(batchId) as Array<{ list: string; value: string }>;
}

/** The project columns that hold code-list values, by list name (a fixed set: never built from input). */
const CODE_COLUMNS: Record<string, string> = { chain: 'chain', area: 'area', level: 'level', kind: 'kind', source: 'source' };

/** Removes a code-list entry no project (archived ones included) uses; says whether it did. */
export function removeUnusedCodeValue(db: Db, list: string, value: string): boolean {
  const column = CODE_COLUMNS[list];
  if (!column) return false;
  const used = db.prepare(`SELECT 1 FROM projects WHERE ${column} = ? LIMIT 1`).get(value);
  if (used) return false;
  return db.prepare('DELETE FROM code_lists WHERE list = ? AND value = ?').run(list, value).changes > 0;
}

/** Removes a month row an import created (undo), leaving other months alone. */
export function deleteMonthly(db: Db, projectId: number, month: string): void {
  db.prepare('DELETE FROM monthly WHERE project_id = ? AND month = ?').run(projectId, month);
}
