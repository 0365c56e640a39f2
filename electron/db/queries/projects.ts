/** SQL of the projects table. Rows map to the shared `Project` type (camelCase, tags as an array). */

import { sql, insertedId, type Db, type RawBuilder } from '../db';
import { contains } from '../dialect';
import type { ManualStage, Project, ProjectFields, Stage } from '../../../shared/domain/types';

/** Field name → column name of every editable field. */
export const PROJECT_COLUMNS: Record<keyof ProjectFields, string> = {
  code: 'code',
  nationalCode: 'national_code',
  name: 'name',
  company: 'company',
  chain: 'chain',
  area: 'area',
  level: 'level',
  kind: 'kind',
  source: 'source',
  stageOverride: 'stage_override',
  totalInvestment: 'total_investment',
  annualPlan: 'annual_plan',
  cumulativeCompleted: 'cumulative_completed',
  signedOn: 'signed_on',
  plannedStart: 'planned_start',
  plannedCompletion: 'planned_completion',
  landMu: 'land_mu',
  capacity: 'capacity',
  expectedOutput: 'expected_output',
  leader: 'leader',
  ownerUnit: 'owner_unit',
  contact: 'contact',
  progressNote: 'progress_note',
  problems: 'problems',
  tags: 'tags',
};

interface ProjectRecord {
  id: number;
  code: string;
  national_code: string | null;
  name: string;
  company: string;
  chain: string;
  area: string;
  level: string;
  kind: string;
  source: string;
  stage: Stage;
  stage_override: ManualStage | null;
  total_investment: number | null;
  annual_plan: number | null;
  cumulative_completed: number | null;
  signed_on: string | null;
  planned_start: string | null;
  planned_completion: string | null;
  land_mu: number | null;
  capacity: string;
  expected_output: number | null;
  leader: string;
  owner_unit: string;
  contact: string;
  progress_note: string;
  problems: string;
  tags: string;
  archived: number;
  version: number;
  created_at: string;
  updated_at: string;
}

function toProject(r: ProjectRecord): Project {
  return {
    id: r.id,
    code: r.code,
    nationalCode: r.national_code,
    name: r.name,
    company: r.company,
    chain: r.chain,
    area: r.area,
    level: r.level,
    kind: r.kind,
    source: r.source,
    stage: r.stage,
    stageOverride: r.stage_override,
    totalInvestment: r.total_investment,
    annualPlan: r.annual_plan,
    cumulativeCompleted: r.cumulative_completed,
    signedOn: r.signed_on,
    plannedStart: r.planned_start,
    plannedCompletion: r.planned_completion,
    landMu: r.land_mu,
    capacity: r.capacity,
    expectedOutput: r.expected_output,
    leader: r.leader,
    ownerUnit: r.owner_unit,
    contact: r.contact,
    progressNote: r.progress_note,
    problems: r.problems,
    tags: JSON.parse(r.tags) as string[],
    archived: r.archived === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A value as the database stores it: tags as JSON text, everything else as is. */
export function toColumnValue(field: keyof ProjectFields, value: unknown): unknown {
  if (field === 'tags') return JSON.stringify(value ?? []);
  return value ?? null;
}

export interface ProjectQuery {
  query?: string | undefined;
  chain?: string | undefined;
  area?: string | undefined;
  stage?: string | undefined;
  level?: string | undefined;
  includeArchived?: boolean | undefined;
}

function projectWhere(db: Db, filter: ProjectQuery): RawBuilder<unknown> {
  const where: Array<RawBuilder<unknown>> = [];
  if (!filter.includeArchived) where.push(sql`archived = 0`);
  for (const key of ['chain', 'area', 'stage', 'level'] as const) {
    const value = filter[key];
    if (value) where.push(sql`${sql.ref(key)} = ${value}`);
  }
  if (filter.query) {
    const q = filter.query;
    const columns = [sql`name`, sql`company`, sql`code`, sql`coalesce(national_code, '')`, sql`progress_note`, sql`problems`];
    where.push(sql`(${sql.join(columns.map((c) => contains(db, c, q)), sql` OR `)})`);
  }
  return where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
}

export async function listProjects(db: Db, filter: ProjectQuery = {}): Promise<Project[]> {
  return (await db.all(sql<ProjectRecord>`SELECT * FROM projects ${projectWhere(db, filter)} ORDER BY id`)).map(toProject);
}

/** The ids `listProjects` would return, in the same order, without reading the rows. */
export async function listProjectIds(db: Db, filter: ProjectQuery = {}, limit?: number): Promise<number[]> {
  const first = limit === undefined ? sql`` : sql`LIMIT ${Math.max(0, Math.floor(limit))}`;
  return (await db.all(sql<{ id: number }>`SELECT id FROM projects ${projectWhere(db, filter)} ORDER BY id ${first}`)).map((r) => r.id);
}

export async function getProject(db: Db, id: number): Promise<Project | undefined> {
  const row = await db.get(sql<ProjectRecord>`SELECT * FROM projects WHERE id = ${id}`);
  return row ? toProject(row) : undefined;
}

export async function findProjectByCode(db: Db, code: string): Promise<Project | undefined> {
  const row = await db.get(sql<ProjectRecord>`SELECT * FROM projects WHERE code = ${code}`);
  return row ? toProject(row) : undefined;
}

export async function findProjectByNationalCode(db: Db, nationalCode: string): Promise<Project | undefined> {
  const row = await db.get(sql<ProjectRecord>`SELECT * FROM projects WHERE national_code = ${nationalCode}`);
  return row ? toProject(row) : undefined;
}

export async function insertProject(db: Db, fields: ProjectFields, stage: Stage, now: string): Promise<number> {
  const names = Object.keys(PROJECT_COLUMNS) as Array<keyof ProjectFields>;
  const cols = names.map((f) => sql.ref(PROJECT_COLUMNS[f]));
  const values = names.map((f) => sql`${toColumnValue(f, fields[f])}`);
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO projects (${sql.join(cols)}, stage, created_at, updated_at)
    VALUES (${sql.join(values)}, ${stage}, ${now}, ${now}) RETURNING id`));
}

/**
 * Many new projects at once (an import's new rows): their ids by 项目编号 (unique).
 */
export async function insertProjects(db: Db, projects: ReadonlyArray<{ fields: ProjectFields; stage: Stage }>, now: string): Promise<Map<string, number>> {
  const names = Object.keys(PROJECT_COLUMNS) as Array<keyof ProjectFields>;
  const rows = projects.map(({ fields, stage }) => [...names.map((f) => toColumnValue(f, fields[f])), stage, now, now]);
  const ids = await db.insertRows('projects', [...names.map((f) => PROJECT_COLUMNS[f]), 'stage', 'created_at', 'updated_at'], rows, { ids: true });
  return new Map(projects.map(({ fields }, i) => [fields.code, ids[i]!]));
}

/**
 * Writes changed fields and bumps the version; the caller has checked the version it read. A write
 * that is part of an edit which bumps the version itself (a schedule change) passes `bump: false`,
 * so one edit moves the version by one.
 */
export async function updateProjectFields(db: Db, id: number, changes: Partial<ProjectFields>, now: string, options: { bump?: boolean } = {}): Promise<void> {
  const fields = Object.keys(changes) as Array<keyof ProjectFields>;
  const sets = fields.map((f) => sql`${sql.ref(PROJECT_COLUMNS[f])} = ${toColumnValue(f, changes[f])}`);
  const version = options.bump === false ? [] : [sql`version = version + 1`];
  await db.run(sql`UPDATE projects SET ${sql.join([...sets, ...version, sql`updated_at = ${now}`])} WHERE id = ${id}`);
}

export async function setProjectStage(db: Db, id: number, stage: Stage): Promise<void> {
  await db.run(sql`UPDATE projects SET stage = ${stage} WHERE id = ${id}`);
}

export async function setArchived(db: Db, id: number, archived: boolean, now: string): Promise<void> {
  await db.run(sql`UPDATE projects SET archived = ${archived ? 1 : 0}, version = version + 1, updated_at = ${now} WHERE id = ${id}`);
}

export async function bumpVersion(db: Db, id: number, now: string): Promise<void> {
  await db.run(sql`UPDATE projects SET version = version + 1, updated_at = ${now} WHERE id = ${id}`);
}

export async function countProjects(db: Db): Promise<{ active: number; archived: number }> {
  const row = await db.get(sql<{ active: number | null; archived: number | null }>`SELECT
    sum(CASE WHEN archived = 0 THEN 1 ELSE 0 END) AS active, sum(CASE WHEN archived = 1 THEN 1 ELSE 0 END) AS archived FROM projects`);
  return { active: Number(row?.active ?? 0), archived: Number(row?.archived ?? 0) };
}

/** The next free provisional code of a year (待编号-2026-001, -002, …) for a project that has no 项目编号 yet. */
export async function nextProvisionalCode(db: Db, prefix: string): Promise<string> {
  const rows = await db.all(sql<{ code: string }>`SELECT code FROM projects WHERE substr(code, 1, ${prefix.length}) = ${prefix}`);
  let max = 0;
  for (const { code } of rows) {
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
