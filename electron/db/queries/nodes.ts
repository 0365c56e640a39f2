/** SQL of the node schedules. */

import { cachedStatement, type Db } from '../connection';
import type { ScheduleNode } from '../../../shared/domain/types';

interface NodeRecord {
  id: number;
  project_id: number;
  seq: number;
  name: string;
  milestone: number;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  percent: number;
  note: string;
}

export const NODE_COLUMNS = {
  name: 'name',
  milestone: 'milestone',
  plannedStart: 'planned_start',
  plannedEnd: 'planned_end',
  actualStart: 'actual_start',
  actualEnd: 'actual_end',
  percent: 'percent',
  note: 'note',
} as const;

export type NodeFields = Omit<ScheduleNode, 'id' | 'projectId' | 'seq'>;

function toNode(r: NodeRecord): ScheduleNode {
  return {
    id: r.id,
    projectId: r.project_id,
    seq: r.seq,
    name: r.name,
    milestone: r.milestone === 1,
    plannedStart: r.planned_start,
    plannedEnd: r.planned_end,
    actualStart: r.actual_start,
    actualEnd: r.actual_end,
    percent: r.percent,
    note: r.note,
  };
}

export function listNodes(db: Db, projectId: number): ScheduleNode[] {
  return (db.prepare('SELECT * FROM nodes WHERE project_id = ? ORDER BY seq, id').all(projectId) as NodeRecord[]).map(toNode);
}

/** Every node of every project, grouped by project id (one query for the whole register). */
export function nodesByProject(db: Db): Map<number, ScheduleNode[]> {
  const map = new Map<number, ScheduleNode[]>();
  for (const r of db.prepare('SELECT * FROM nodes ORDER BY project_id, seq, id').iterate() as IterableIterator<NodeRecord>) {
    let list = map.get(r.project_id);
    if (!list) map.set(r.project_id, (list = []));
    list.push(toNode(r));
  }
  return map;
}

export function getNode(db: Db, id: number): ScheduleNode | undefined {
  const r = db.prepare('SELECT * FROM nodes WHERE id = ?').get(id) as NodeRecord | undefined;
  return r ? toNode(r) : undefined;
}

export function insertNode(db: Db, projectId: number, seq: number, node: NodeFields): number {
  return Number(
    cachedStatement(
        db,
        `INSERT INTO nodes (project_id, seq, name, milestone, planned_start, planned_end, actual_start, actual_end, percent, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(projectId, seq, node.name, node.milestone ? 1 : 0, node.plannedStart, node.plannedEnd, node.actualStart, node.actualEnd, node.percent, node.note)
      .lastInsertRowid,
  );
}

export function updateNodeFields(db: Db, id: number, changes: Partial<NodeFields>): void {
  const fields = Object.keys(changes) as Array<keyof NodeFields>;
  if (fields.length === 0) return;
  const sets = fields.map((f) => `${NODE_COLUMNS[f]} = ?`);
  const values = fields.map((f) => {
    const v = changes[f];
    return typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? null);
  });
  db.prepare(`UPDATE nodes SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
}

export function deleteNode(db: Db, id: number): void {
  db.prepare('DELETE FROM nodes WHERE id = ?').run(id);
}

export function deleteProjectNodes(db: Db, projectId: number): void {
  db.prepare('DELETE FROM nodes WHERE project_id = ?').run(projectId);
}

/** Renumbers a project's nodes 1..n in their current order. */
export function renumberNodes(db: Db, projectId: number, orderedIds: number[]): void {
  const stmt = db.prepare('UPDATE nodes SET seq = ? WHERE id = ? AND project_id = ?');
  orderedIds.forEach((id, i) => stmt.run(i + 1, id, projectId));
}
