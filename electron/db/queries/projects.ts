/** SQL of the projects table. Rows map to the shared `Project` type (camelCase, tags as an array). */

import { cachedStatement, type Db } from '../connection';
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

/** A value as SQLite stores it: tags as JSON text, everything else as is. */
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

function projectWhere(filter: ProjectQuery): { where: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter.includeArchived) where.push('archived = 0');
  for (const key of ['chain', 'area', 'stage', 'level'] as const) {
    if (filter[key]) {
      where.push(`${key} = @${key}`);
      params[key] = filter[key];
    }
  }
  if (filter.query) {
    where.push(`(instr(name, @q) > 0 OR instr(company, @q) > 0 OR instr(code, @q) > 0 OR instr(ifnull(national_code, ''), @q) > 0
      OR instr(progress_note, @q) > 0 OR instr(problems, @q) > 0)`);
    params.q = filter.query;
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function listProjects(db: Db, filter: ProjectQuery = {}): Project[] {
  const { where, params } = projectWhere(filter);
  return (db.prepare(`SELECT * FROM projects ${where} ORDER BY id`).all(params) as ProjectRecord[]).map(toProject);
}

/** The ids `listProjects` would return, in the same order, without reading the rows. */
export function listProjectIds(db: Db, filter: ProjectQuery = {}, limit?: number): number[] {
  const { where, params } = projectWhere(filter);
  const first = limit === undefined ? '' : `LIMIT ${Math.max(0, Math.floor(limit))}`;
  return db.prepare(`SELECT id FROM projects ${where} ORDER BY id ${first}`).pluck().all(params) as number[];
}

export function getProject(db: Db, id: number): Project | undefined {
  const row = db.prepare('SELECT * FROM projects WHERE id = ?').get(id) as ProjectRecord | undefined;
  return row ? toProject(row) : undefined;
}

export function findProjectByCode(db: Db, code: string): Project | undefined {
  const row = db.prepare('SELECT * FROM projects WHERE code = ?').get(code) as ProjectRecord | undefined;
  return row ? toProject(row) : undefined;
}

export function findProjectByNationalCode(db: Db, nationalCode: string): Project | undefined {
  const row = db.prepare('SELECT * FROM projects WHERE national_code = ?').get(nationalCode) as ProjectRecord | undefined;
  return row ? toProject(row) : undefined;
}

export function insertProject(db: Db, fields: ProjectFields, stage: Stage, now: string): number {
  const names = Object.keys(PROJECT_COLUMNS) as Array<keyof ProjectFields>;
  const cols = names.map((f) => PROJECT_COLUMNS[f]);
  const values = names.map((f) => toColumnValue(f, fields[f]));
  const sql = `INSERT INTO projects (${cols.join(', ')}, stage, created_at, updated_at)
    VALUES (${cols.map(() => '?').join(', ')}, ?, ?, ?)`;
  return Number(cachedStatement(db, sql).run(...values, stage, now, now).lastInsertRowid);
}

/**
 * Writes changed fields and bumps the version; the caller has checked the version it read. A write
 * that is part of an edit which bumps the version itself (a schedule change) passes `bump: false`,
 * so one edit moves the version by one.
 */
export function updateProjectFields(db: Db, id: number, changes: Partial<ProjectFields>, now: string, options: { bump?: boolean } = {}): void {
  const fields = Object.keys(changes) as Array<keyof ProjectFields>;
  const sets = fields.map((f) => `${PROJECT_COLUMNS[f]} = ?`);
  const values = fields.map((f) => toColumnValue(f, changes[f]));
  const version = options.bump === false ? [] : ['version = version + 1'];
  db.prepare(`UPDATE projects SET ${[...sets, ...version, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...values, now, id);
}

export function setProjectStage(db: Db, id: number, stage: Stage): void {
  db.prepare('UPDATE projects SET stage = ? WHERE id = ?').run(stage, id);
}

export function setArchived(db: Db, id: number, archived: boolean, now: string): void {
  db.prepare('UPDATE projects SET archived = ?, version = version + 1, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, now, id);
}

export function bumpVersion(db: Db, id: number, now: string): void {
  db.prepare('UPDATE projects SET version = version + 1, updated_at = ? WHERE id = ?').run(now, id);
}

export function countProjects(db: Db): { active: number; archived: number } {
  const row = db.prepare('SELECT sum(archived = 0) AS active, sum(archived = 1) AS archived FROM projects').get() as {
    active: number | null;
    archived: number | null;
  };
  return { active: row.active ?? 0, archived: row.archived ?? 0 };
}

/** The next free provisional code of a year (待编号-2026-001, -002, …) for a project that has no 项目编号 yet. */
export function nextProvisionalCode(db: Db, prefix: string): string {
  const rows = db.prepare('SELECT code FROM projects WHERE substr(code, 1, ?) = ?').all(prefix.length, prefix) as Array<{ code: string }>;
  let max = 0;
  for (const { code } of rows) {
    const n = Number(code.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}
