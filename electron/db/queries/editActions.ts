/**
 * SQL of the edit stack behind Ctrl+Z / Ctrl+Y. An edit (one cell, one form save, a bulk set, a
 * paste, or an undo or redo of one) is headed by one audit row (entity 'edit'); its `after` holds,
 * as JSON, who may undo it from where (`projectId`: the one project it touched, else null) and
 * `lastChangeId`: the edit's own rows are those after the head up to that id (one transaction, so
 * nothing else lands in between). An undo or redo head names in `entity_id` the head it reverses.
 * No new table: the history is the stack, so it survives a reload and a restart.
 */

import type { Db } from '../connection';

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

export function insertEditHead(db: Db, at: string, actor: string, kind: EditKind, target: number): number {
  return Number(
    db.prepare(`INSERT INTO changes (at, actor, entity, entity_id, project_id, field, before, after) VALUES (?, ?, 'edit', ?, NULL, ?, NULL, '{}')`)
      .run(at, actor, target, kind).lastInsertRowid,
  );
}

export function setEditRecord(db: Db, headId: number, record: EditRecord): void {
  db.prepare(`UPDATE changes SET after = ? WHERE id = ? AND entity = 'edit'`).run(JSON.stringify(record), headId);
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
export function recentHeads(db: Db, actor: string, projectId: number | null, limit: number): EditHead[] {
  return (db.prepare(`SELECT h.id, h.at, h.actor, h.field, h.entity_id, h.after FROM changes h
    WHERE h.entity = 'edit' AND h.actor = ? AND (? IS NULL OR json_extract(h.after, '$.projectId') = ?)
    ORDER BY h.id DESC LIMIT ?`).all(actor, projectId, projectId, limit) as HeadRow[]).map(toHead);
}

/** The project field rows an edit wrote, oldest first. */
export function editSpan(db: Db, head: EditHead): SpanChange[] {
  return db.prepare(`SELECT id, project_id AS projectId, field, before, after FROM changes
    WHERE id > ? AND id <= ? AND entity = 'project' ORDER BY id`).all(head.id, head.record.lastChangeId) as SpanChange[];
}

/** Who last changed one field of a project, and when (to say why an undo is refused). */
export function lastFieldChange(db: Db, projectId: number, field: string): { at: string; actor: string } | undefined {
  return db.prepare(`SELECT at, actor FROM changes WHERE project_id = ? AND entity = 'project' AND field = ? ORDER BY id DESC LIMIT 1`)
    .get(projectId, field) as { at: string; actor: string } | undefined;
}
