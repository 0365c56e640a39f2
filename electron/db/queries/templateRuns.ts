/**
 * SQL of 按模板批量生成节点 and its undo. An operation is headed by one audit row (entity
 * 'operation'); its id is the operation id, and its `after` holds, as JSON, what undo needs and
 * `lastChangeId`: the operation's own rows are those after the head up to that id.
 */

import type { Db } from '../connection';

export const APPLY_FIELD = 'nodes.applyTemplateBulk';
export const UNDO_FIELD = 'nodes.undoTemplateBulk';

/** What the head row of an operation records: the nodes created per project, and the operation's last audit row. */
export interface TemplateRunRecord {
  templateId: number;
  template: string;
  projects: Array<{ projectId: number; nodeIds: number[] }>;
  lastChangeId: number;
}

export function insertRunHead(db: Db, at: string, actor: string, templateId: number): number {
  return Number(
    db.prepare(`INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after) VALUES (?, ?, 'operation', ?, NULL, ?, NULL, '{}')`)
      .run(at, actor, templateId, APPLY_FIELD).lastInsertRowid,
  );
}

/** Written once the operation's rows are in (same transaction): the head then says where they end. */
export function setRunRecord(db: Db, headId: number, record: TemplateRunRecord): void {
  db.prepare('UPDATE changes SET after = ? WHERE id = ? AND entity = ? AND field = ?').run(JSON.stringify(record), headId, 'operation', APPLY_FIELD);
}

export function lastChangeId(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM changes').get() as { id: number }).id;
}

export function getRun(db: Db, headId: number): { at: string; actor: string; record: TemplateRunRecord } | undefined {
  const row = db.prepare('SELECT at, actor, after FROM changes WHERE id = ? AND entity = ? AND field = ?').get(headId, 'operation', APPLY_FIELD) as
    { at: string; actor: string; after: string } | undefined;
  return row && { at: row.at, actor: row.actor, record: JSON.parse(row.after) as TemplateRunRecord };
}

/** Heads an undo of operation `headId`; like the apply head, it says where its rows end once they are in. */
export function insertRunUndo(db: Db, at: string, actor: string, headId: number): number {
  return Number(
    db.prepare(`INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after) VALUES (?, ?, 'operation', ?, NULL, ?, NULL, '{}')`)
      .run(at, actor, headId, UNDO_FIELD).lastInsertRowid,
  );
}

export function setRunUndoRecord(db: Db, undoId: number, record: { projects: number; nodes: number; lastChangeId: number }): void {
  db.prepare('UPDATE changes SET after = ? WHERE id = ? AND entity = ? AND field = ?').run(JSON.stringify(record), undoId, 'operation', UNDO_FIELD);
}

/** When the operation was undone, if it was. */
export function runUndoneAt(db: Db, headId: number): string | undefined {
  const row = db.prepare('SELECT at FROM changes WHERE entity = ? AND field = ? AND entity_id = ? ORDER BY id LIMIT 1').get('operation', UNDO_FIELD, headId) as { at: string } | undefined;
  return row?.at;
}

/** Schedule edits to one project after audit row `afterId` (node rows, or a whole-schedule row such as another template). */
export function laterScheduleEdit(db: Db, projectId: number, afterId: number): { at: string; actor: string; field: string } | undefined {
  return db.prepare(`SELECT at, actor, field FROM changes WHERE project_id = ? AND id > ? AND (entity = 'node' OR (entity = 'project' AND field = 'nodes')) ORDER BY id LIMIT 1`)
    .get(projectId, afterId) as { at: string; actor: string; field: string } | undefined;
}

/** How many nodes each of these projects has (0 for none). */
export function nodeCount(db: Db, projectId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM nodes WHERE project_id = ?').get(projectId) as { n: number }).n;
}

export function nodeIdsOf(db: Db, projectId: number): number[] {
  return (db.prepare('SELECT id FROM nodes WHERE project_id = ? ORDER BY id').all(projectId) as Array<{ id: number }>).map((r) => r.id);
}

/** Unarchived projects without a single node, in register order. */
export function projectsWithoutNodes(db: Db): number[] {
  return (db.prepare('SELECT id FROM projects WHERE archived = 0 AND NOT EXISTS (SELECT 1 FROM nodes WHERE nodes.project_id = projects.id) ORDER BY id').all() as Array<{ id: number }>)
    .map((r) => r.id);
}

/** The projects an import batch created (its "新建" audit rows) that still exist. */
export function projectsAddedByBatch(db: Db, batchId: number): number[] {
  return (db.prepare(`SELECT DISTINCT c.project_id AS id FROM changes c JOIN projects p ON p.id = c.project_id
    WHERE c.batch_id = ? AND c.entity = 'project' AND c.field = '*' AND c.before IS NULL ORDER BY c.project_id`).all(batchId) as Array<{ id: number }>).map((r) => r.id);
}

export function deleteNodeIds(db: Db, ids: readonly number[]): void {
  const stmt = db.prepare('DELETE FROM nodes WHERE id = ?');
  for (const id of ids) stmt.run(id);
}
