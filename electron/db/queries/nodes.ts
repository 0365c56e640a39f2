/** SQL of the node schedules. */

import { sql, insertedId, type Db } from '../db';
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

export async function listNodes(db: Db, projectId: number): Promise<ScheduleNode[]> {
  return (await db.all(sql<NodeRecord>`SELECT * FROM nodes WHERE project_id = ${projectId} ORDER BY seq, id`)).map(toNode);
}

/** Every node of every project, grouped by project id (one query for the whole register). */
export async function nodesByProject(db: Db): Promise<Map<number, ScheduleNode[]>> {
  const map = new Map<number, ScheduleNode[]>();
  for (const r of await db.all(sql<NodeRecord>`SELECT * FROM nodes ORDER BY project_id, seq, id`)) {
    let list = map.get(r.project_id);
    if (!list) map.set(r.project_id, (list = []));
    list.push(toNode(r));
  }
  return map;
}
export async function getNode(db: Db, id: number): Promise<ScheduleNode | undefined> {
  const r = await db.get(sql<NodeRecord>`SELECT * FROM nodes WHERE id = ${id}`);
  return r ? toNode(r) : undefined;
}

export async function insertNode(db: Db, projectId: number, seq: number, node: NodeFields): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO nodes (project_id, seq, name, milestone, planned_start, planned_end, actual_start, actual_end, percent, note)
    VALUES (${projectId}, ${seq}, ${node.name}, ${node.milestone ? 1 : 0}, ${node.plannedStart}, ${node.plannedEnd}, ${node.actualStart}, ${node.actualEnd}, ${node.percent}, ${node.note})
    RETURNING id`));
}

/** A new project's whole schedule, in order (seq 1, 2, …). */
export async function insertNodes(db: Db, projectId: number, nodes: readonly NodeFields[]): Promise<void> {
  const rows = nodes.map((node, i) => [projectId, i + 1, node.name, node.milestone ? 1 : 0, node.plannedStart, node.plannedEnd, node.actualStart, node.actualEnd, node.percent, node.note]);
  await db.insertRows('nodes', ['project_id', 'seq', 'name', 'milestone', 'planned_start', 'planned_end', 'actual_start', 'actual_end', 'percent', 'note'], rows);
}

export async function updateNodeFields(db: Db, id: number, changes: Partial<NodeFields>): Promise<void> {
  const fields = Object.keys(changes) as Array<keyof NodeFields>;
  if (fields.length === 0) return;
  const sets = fields.map((f) => {
    const v = changes[f];
    return sql`${sql.ref(NODE_COLUMNS[f])} = ${typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? null)}`;
  });
  await db.run(sql`UPDATE nodes SET ${sql.join(sets)} WHERE id = ${id}`);
}

export async function deleteNode(db: Db, id: number): Promise<void> {
  await db.run(sql`DELETE FROM nodes WHERE id = ${id}`);
}

export async function deleteProjectNodes(db: Db, projectId: number): Promise<void> {
  await db.run(sql`DELETE FROM nodes WHERE project_id = ${projectId}`);
}

/** Renumbers a project's nodes 1..n in their current order. */
export async function renumberNodes(db: Db, projectId: number, orderedIds: number[]): Promise<void> {
  for (const [i, id] of orderedIds.entries()) await db.run(sql`UPDATE nodes SET seq = ${i + 1} WHERE id = ${id} AND project_id = ${projectId}`);
}
