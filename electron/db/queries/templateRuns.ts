/**
 * SQL of 按模板批量生成节点 and its undo. An operation is headed by one audit row (entity
 * 'operation'); its id is the operation id, and its `after` holds, as JSON, what undo needs and
 * `lastChangeId`: the operation's own rows are those after the head up to that id.
 */

import { sql, insertedId, type Db } from '../db';

export const APPLY_FIELD = 'nodes.applyTemplateBulk';
export const UNDO_FIELD = 'nodes.undoTemplateBulk';

/** What the head row of an operation records: the nodes created per project, and the operation's last audit row. */
export interface TemplateRunRecord {
  templateId: number;
  template: string;
  projects: Array<{ projectId: number; nodeIds: number[] }>;
  lastChangeId: number;
}

export async function insertRunHead(db: Db, at: string, actor: string, templateId: number): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after)
    VALUES (${at}, ${actor}, 'operation', ${templateId}, NULL, ${APPLY_FIELD}, NULL, '{}') RETURNING id`));
}

/** Written once the operation's rows are in (same transaction): the head then says where they end. */
export async function setRunRecord(db: Db, headId: number, record: TemplateRunRecord): Promise<void> {
  await db.run(sql`UPDATE changes SET after = ${JSON.stringify(record)} WHERE id = ${headId} AND entity = 'operation' AND field = ${APPLY_FIELD}`);
}

export async function lastChangeId(db: Db): Promise<number> {
  return (await db.get(sql<{ id: number }>`SELECT coalesce(max(id), 0) AS id FROM changes`))?.id ?? 0;
}

export async function getRun(db: Db, headId: number): Promise<{ at: string; actor: string; record: TemplateRunRecord } | undefined> {
  const row = await db.get(sql<{ at: string; actor: string; after: string }>`SELECT at, actor, after FROM changes
    WHERE id = ${headId} AND entity = 'operation' AND field = ${APPLY_FIELD}`);
  return row && { at: row.at, actor: row.actor, record: JSON.parse(row.after) as TemplateRunRecord };
}

/** Heads an undo of operation `headId`; like the apply head, it says where its rows end once they are in. */
export async function insertRunUndo(db: Db, at: string, actor: string, headId: number): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after)
    VALUES (${at}, ${actor}, 'operation', ${headId}, NULL, ${UNDO_FIELD}, NULL, '{}') RETURNING id`));
}

export async function setRunUndoRecord(db: Db, undoId: number, record: { projects: number; nodes: number; lastChangeId: number }): Promise<void> {
  await db.run(sql`UPDATE changes SET after = ${JSON.stringify(record)} WHERE id = ${undoId} AND entity = 'operation' AND field = ${UNDO_FIELD}`);
}

/** When the operation was undone, if it was. */
export async function runUndoneAt(db: Db, headId: number): Promise<string | undefined> {
  const row = await db.get(sql<{ at: string }>`SELECT at FROM changes WHERE entity = 'operation' AND field = ${UNDO_FIELD} AND entity_id = ${headId} ORDER BY id LIMIT 1`);
  return row?.at;
}

/** Schedule edits to one project after audit row `afterId` (node rows, or a whole-schedule row such as another template). */
export async function laterScheduleEdit(db: Db, projectId: number, afterId: number): Promise<{ at: string; actor: string; field: string } | undefined> {
  return db.get(sql<{ at: string; actor: string; field: string }>`SELECT at, actor, field FROM changes
    WHERE project_id = ${projectId} AND id > ${afterId} AND (entity = 'node' OR (entity = 'project' AND field = 'nodes')) ORDER BY id LIMIT 1`);
}

/** How many nodes each of these projects has (0 for none). */
export async function nodeCount(db: Db, projectId: number): Promise<number> {
  return (await db.get(sql<{ n: number }>`SELECT count(*) AS n FROM nodes WHERE project_id = ${projectId}`))?.n ?? 0;
}

export async function nodeIdsOf(db: Db, projectId: number): Promise<number[]> {
  return (await db.all(sql<{ id: number }>`SELECT id FROM nodes WHERE project_id = ${projectId} ORDER BY id`)).map((r) => r.id);
}

/** Unarchived projects without a single node, in register order. */
export async function projectsWithoutNodes(db: Db): Promise<number[]> {
  return (await db.all(sql<{ id: number }>`SELECT id FROM projects
    WHERE archived = 0 AND NOT EXISTS (SELECT 1 FROM nodes WHERE nodes.project_id = projects.id) ORDER BY id`)).map((r) => r.id);
}

/** The projects an import batch created (its "新建" audit rows) that still exist. */
export async function projectsAddedByBatch(db: Db, batchId: number): Promise<number[]> {
  return (await db.all(sql<{ id: number }>`SELECT DISTINCT c.project_id AS id FROM changes c JOIN projects p ON p.id = c.project_id
    WHERE c.batch_id = ${batchId} AND c.entity = 'project' AND c.field = '*' AND c.before IS NULL ORDER BY c.project_id`)).map((r) => r.id);
}

export async function deleteNodeIds(db: Db, ids: readonly number[]): Promise<void> {
  for (const id of ids) await db.run(sql`DELETE FROM nodes WHERE id = ${id}`);
}

