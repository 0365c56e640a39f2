/**
 * SQL of the edit stack behind Ctrl+Z / Ctrl+Y. An edit (one cell, one form save, a bulk set, a
 * paste, or an undo or redo of one) is headed by one audit row (entity 'edit'); its `after` holds,
 * as JSON, who may undo it from where (`projectId`: the one project it touched, else null) and
 * `lastChangeId`: the edit's own rows are those after the head up to that id (one transaction, so
 * nothing else lands in between). An undo or redo head names in `entity_id` the head it reverses.
 * No new table: the history is the stack, so it survives a reload and a restart.
 */

import { sql, insertedId, type Db } from '../db';
import { jsonInteger } from '../dialect';

export type EditKind = 'edit' | 'undo' | 'redo';

/** What an edit head records once its rows are in. */
export interface EditRecord {
  /** The one project the edit touched, or null for several (a paste, a bulk set). */
  projectId: number | null;
  /** What the user did: an edit of one project (a cell, a form save), a bulk set, a paste (undo/redo copy their target's). */
  what: 'edit' | 'bulk' | 'paste';
  cells: number;
  lastChangeId: number;
}

export interface EditHead {
  id: number;
  at: string;
  actor: string;
  kind: EditKind;
  /** For an undo or redo: the head it reverses. */
  target: number;
  record: EditRecord;
}

export interface SpanChange {
  id: number;
  projectId: number;
  field: string;
  before: string | null;
  after: string | null;
}

export async function insertEditHead(db: Db, at: string, actor: string, kind: EditKind, target: number): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after)
    VALUES (${at}, ${actor}, 'edit', ${target}, NULL, ${kind}, NULL, '{}') RETURNING id`));
}

export async function setEditRecord(db: Db, headId: number, record: EditRecord): Promise<void> {
  await db.run(sql`UPDATE changes SET after = ${JSON.stringify(record)} WHERE id = ${headId} AND entity = 'edit'`);
}

interface HeadRow {
  id: number;
  at: string;
  actor: string;
  field: EditKind;
  entity_id: number;
  after: string;
}

function toHead(r: HeadRow): EditHead {
  return { id: r.id, at: r.at, actor: r.actor, kind: r.field, target: r.entity_id, record: JSON.parse(r.after) as EditRecord };
}

/**
 * The actor's newest edit heads (one project's when given), newest first: the window the undo and
 * redo stacks are worked out from (an undo always comes after what it reverses, so it is in it too).
 */
export async function recentHeads(db: Db, actor: string, projectId: number | null, limit: number): Promise<EditHead[]> {
  const one = projectId === null ? sql`` : sql`AND ${jsonInteger(db, sql`h.after`, 'projectId')} = ${projectId}`;
  return (await db.all(sql<HeadRow>`SELECT h.id, h.at, h.actor, h.field, h.entity_id, h.after FROM changes h
    WHERE h.entity = 'edit' AND h.actor = ${actor} ${one}
    ORDER BY h.id DESC LIMIT ${limit}`)).map(toHead);
}

/** The project field rows an edit wrote, oldest first. */
export async function editSpan(db: Db, head: EditHead): Promise<SpanChange[]> {
  return db.all(sql<SpanChange>`SELECT id, project_id AS "projectId", field, before, after FROM changes
    WHERE id > ${head.id} AND id <= ${head.record.lastChangeId} AND entity = 'project' ORDER BY id`);
}

/** Who last changed one field of a project, and when (to say why an undo is refused). */
export async function lastFieldChange(db: Db, projectId: number, field: string): Promise<{ at: string; actor: string } | undefined> {
  return db.get(sql<{ at: string; actor: string }>`SELECT at, actor FROM changes
    WHERE project_id = ${projectId} AND entity = 'project' AND field = ${field} ORDER BY id DESC LIMIT 1`);
}
