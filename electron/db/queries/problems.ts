/** SQL of 卡点 (problems): each tied to a project and, optionally, one of its nodes. */

import { sql, insertedId, type Db, type RawBuilder } from '../db';

/** A problem with the project and node names a list shows beside it. */
export interface ProblemRecord {
  id: number;
  project_id: number;
  project_code: string;
  project_name: string;
  leader: string;
  owner_unit: string;
  project_version: number;
  node_id: number | null;
  node_name: string | null;
  text: string;
  department: string;
  promised_on: string | null;
  resolved_on: string | null;
  resolution: string;
  created_at: string;
}

/** Problems of archived projects are left out unless one project is asked for. */
export interface ProblemQuery {
  projectId?: number;
  /** Only problems not yet solved. */
  openOnly?: boolean;
}

const SELECT = sql`
  SELECT pr.id, pr.project_id, p.code AS project_code, p.name AS project_name, p.leader, p.owner_unit,
         p.version AS project_version, pr.node_id, n.name AS node_name, pr.text, pr.department,
         pr.promised_on, pr.resolved_on, pr.resolution, pr.created_at
  FROM problems pr
  JOIN projects p ON p.id = pr.project_id
  LEFT JOIN nodes n ON n.id = pr.node_id`;

export async function listProblemRecords(db: Db, query: ProblemQuery = {}): Promise<ProblemRecord[]> {
  const where: Array<RawBuilder<unknown>> = [];
  if (query.projectId !== undefined) where.push(sql`pr.project_id = ${query.projectId}`);
  else where.push(sql`p.archived = 0`);
  if (query.openOnly) where.push(sql`pr.resolved_on IS NULL`);
  return db.all(sql<ProblemRecord>`${SELECT} WHERE ${sql.join(where, sql` AND `)} ORDER BY pr.id`);
}

export async function getProblemRecord(db: Db, id: number): Promise<ProblemRecord | undefined> {
  return db.get(sql<ProblemRecord>`${SELECT} WHERE pr.id = ${id}`);
}

export interface NewProblem {
  projectId: number;
  nodeId: number | null;
  text: string;
  department: string;
  promisedOn: string | null;
  createdAt: string;
}

export async function insertProblem(db: Db, p: NewProblem): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO problems (project_id, node_id, text, department, promised_on, created_at)
    VALUES (${p.projectId}, ${p.nodeId}, ${p.text}, ${p.department}, ${p.promisedOn}, ${p.createdAt}) RETURNING id`));
}

/** The columns a problem's edit may set, by field name. */
export const PROBLEM_COLUMNS = {
  nodeId: 'node_id',
  text: 'text',
  department: 'department',
  promisedOn: 'promised_on',
  resolvedOn: 'resolved_on',
  resolution: 'resolution',
} as const;

export type ProblemField = keyof typeof PROBLEM_COLUMNS;

export async function updateProblemFields(db: Db, id: number, changes: Partial<Record<ProblemField, string | number | null>>): Promise<void> {
  const entries = Object.entries(changes).filter(([k]) => k in PROBLEM_COLUMNS) as Array<[ProblemField, string | number | null]>;
  if (!entries.length) return;
  const sets = entries.map(([k, v]) => sql`${sql.ref(PROBLEM_COLUMNS[k])} = ${v}`);
  await db.run(sql`UPDATE problems SET ${sql.join(sets)} WHERE id = ${id}`);
}

export async function deleteProblem(db: Db, id: number): Promise<void> {
  await db.run(sql`DELETE FROM problems WHERE id = ${id}`);
}

/** Departments to offer when a problem is recorded: those asked before and the projects' 责任单位, most used first. */
export async function departmentsInUse(db: Db): Promise<string[]> {
  const rows = await db.all(sql<{ name: string }>`
    SELECT name, sum(n) AS n FROM (
      SELECT department AS name, count(*) * 2 AS n FROM problems WHERE department <> '' GROUP BY department
      UNION ALL
      SELECT owner_unit AS name, count(*) AS n FROM projects WHERE owner_unit <> '' AND archived = 0 GROUP BY owner_unit
    ) AS asked GROUP BY name ORDER BY n DESC, name`);
  return rows.map((r) => r.name);
}

/** Which of a project's problems hold which node, by node name: kept across a schedule rebuilt from a template. */
export async function problemNodeNames(db: Db, projectId: number): Promise<Array<{ id: number; node_name: string }>> {
  return db.all(sql<{ id: number; node_name: string }>`SELECT pr.id, n.name AS node_name FROM problems pr JOIN nodes n ON n.id = pr.node_id WHERE pr.project_id = ${projectId}`);
}
