/** SQL of import batches and of undoing one: the batch row, its audit rows, and later edits to the same projects. */

import { sql, insertedId, type Db } from '../db';
import { jsonInteger } from '../dialect';
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

export async function insertBatch(db: Db, b: { fileName: string; encoding: string; mode: string; createdAt: string; actor: string }): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO import_batches (file_name, encoding, mode, created_at, actor)
    VALUES (${b.fileName}, ${b.encoding}, ${b.mode}, ${b.createdAt}, ${b.actor}) RETURNING id`));
}

export async function setBatchCounts(db: Db, id: number, counts: { added: number; updated: number; rejected: number }): Promise<void> {
  await db.run(sql`UPDATE import_batches SET rows_added = ${counts.added}, rows_updated = ${counts.updated}, rows_rejected = ${counts.rejected} WHERE id = ${id}`);
}

export async function getBatch(db: Db, id: number): Promise<ImportBatch | undefined> {
  const r = await db.get(sql<BatchRecord>`SELECT * FROM import_batches WHERE id = ${id}`);
  return r ? toBatch(r) : undefined;
}

export async function listBatches(db: Db, limit: number): Promise<ImportBatch[]> {
  return (await db.all(sql<BatchRecord>`SELECT * FROM import_batches ORDER BY id DESC LIMIT ${limit}`)).map(toBatch);
}

export async function markBatchUndone(db: Db, id: number, at: string): Promise<void> {
  await db.run(sql`UPDATE import_batches SET undone_at = ${at} WHERE id = ${id}`);
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
export async function batchProjectChanges(db: Db, batchId: number): Promise<BatchChange[]> {
  return db.all(sql<BatchChange>`SELECT id, entity, entity_id AS "entityId", project_id AS "projectId", field, before FROM changes
    WHERE batch_id = ${batchId} AND entity IN ('project', 'monthly', 'node') ORDER BY id`);
}

/**
 * Edits made to any of `projectIds` after audit row `afterId` by anything but this batch: they block an undo.
 * A schedule generated in bulk from a template (or that generation undone) is not such an edit: its
 * rows lie inside an 'operation' head row's span (see templateRuns.ts), and removing the project
 * takes the generated nodes with it. Edits to those nodes are node rows, and still block.
 */
export async function laterEdits(db: Db, projectIds: number[], afterId: number, batchId: number): Promise<Array<{ projectId: number; at: string; actor: string; field: string }>> {
  type Edit = { id: number; projectId: number; at: string; actor: string; field: string };
  const found: Edit[] = [];
  // In slices: an import of 30,000 projects would pass both engines' limits on bound values.
  for (let i = 0; i < projectIds.length; i += SLICE) {
    const ids = projectIds.slice(i, i + SLICE);
    found.push(...await db.all(sql<Edit>`SELECT id, project_id AS "projectId", at, actor, field FROM changes
      WHERE id > ${afterId} AND project_id IN (${sql.join(ids)}) AND (batch_id IS NULL OR batch_id <> ${batchId})
        AND NOT (entity = 'project' AND field = 'nodes' AND EXISTS (SELECT 1 FROM changes op
          WHERE op.entity = 'operation' AND op.id < changes.id AND changes.id <= ${jsonInteger(db, sql`op.after`, 'lastChangeId')}))
      ORDER BY id LIMIT 20`));
  }
  return found.sort((a, b) => a.id - b.id).slice(0, 20).map(({ projectId, at, actor, field }) => ({ projectId, at, actor, field }));
}

const SLICE = 5000;

export async function deleteProject(db: Db, id: number): Promise<void> {
  await db.run(sql`DELETE FROM projects WHERE id = ${id}`);
}

/** Appends values to a code list after its last entry. */
export async function appendCodeValues(db: Db, list: string, values: string[]): Promise<void> {
  const last = (await db.get(sql<{ seq: number | null }>`SELECT max(seq) AS seq FROM code_lists WHERE list = ${list}`))?.seq ?? 0;
  for (const [i, v] of values.entries()) {
    await db.run(sql`INSERT INTO code_lists (list, value, seq) VALUES (${list}, ${v}, ${last + i + 1}) ON CONFLICT DO NOTHING`);
  }
}

/** Code-list entries a batch added (its `code_list` audit rows). */
export async function batchCodeValues(db: Db, batchId: number): Promise<Array<{ list: string; value: string }>> {
  return db.all(sql<{ list: string; value: string }>`SELECT field AS list, after AS value FROM changes
    WHERE batch_id = ${batchId} AND entity = 'code_list' AND after IS NOT NULL ORDER BY id`);
}

/** The project columns that hold code-list values, by list name (a fixed set: never built from input). */
const CODE_COLUMNS: Record<string, string> = { chain: 'chain', area: 'area', level: 'level', kind: 'kind', source: 'source' };

/** Removes a code-list entry no project (archived ones included) uses; says whether it did. */
export async function removeUnusedCodeValue(db: Db, list: string, value: string): Promise<boolean> {
  const column = CODE_COLUMNS[list];
  if (!column) return false;
  const used = await db.get(sql`SELECT 1 AS used FROM projects WHERE ${sql.ref(column)} = ${value} LIMIT 1`);
  if (used) return false;
  return (await db.run(sql`DELETE FROM code_lists WHERE list = ${list} AND value = ${value}`)) > 0;
}

/** Removes a month row an import created (undo), leaving other months alone. */
export async function deleteMonthly(db: Db, projectId: number, month: string): Promise<void> {
  await db.run(sql`DELETE FROM monthly WHERE project_id = ${projectId} AND month = ${month}`);
}
