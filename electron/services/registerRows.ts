/** Builds the register's rows: each project with its light, 1–N月完成投资 and current/next node. */

import { getProject, listProjectIds, listProjects, type ProjectQuery } from '../db/queries/projects';
import { listNodes, nodesByProject } from '../db/queries/nodes';
import { completedYearToDate, lastProgressMonths } from '../db/queries/monthly';
import { openProblems } from '../db/queries/maintenance';
import { nodeLights, projectLight, type OpenProblem } from '../../shared/domain/lights';
import { isActiveStage } from '../../shared/domain/stage';
import { monthOf, type IsoDate } from '../../shared/domain/dates';
import { ALL_NODES_DONE, type Project, type ProjectRow, type ScheduleNode, type ScheduleNodeWithLight } from '../../shared/domain/types';
import { readSettings } from './settingsStore';
import type { ServiceContext } from './context';
import { cachedFigure, cachedNodes, cachedRows, hasCachedRows } from './registerCache';
import { scopedRows } from './team/scopeRows';

async function problemsByProject(ctx: ServiceContext, projectId?: number): Promise<Map<number, OpenProblem[]>> {
  const map = new Map<number, OpenProblem[]>();
  for (const p of await openProblems(ctx.db, projectId)) {
    let list = map.get(p.project_id);
    if (!list) map.set(p.project_id, (list = []));
    list.push({ nodeId: p.node_id, text: p.text, promisedOn: p.promised_on });
  }
  return map;
}

/** The node being worked on (first not done) and the one after it. */
export function currentAndNext(nodes: ScheduleNode[]): Pick<ProjectRow, 'currentNode' | 'nextNode'> {
  const i = nodes.findIndex((n) => !n.actualEnd);
  if (i < 0) return { currentNode: nodes.length ? ALL_NODES_DONE : null, nextNode: null };
  const current = nodes[i];
  const next = nodes[i + 1];
  return {
    currentNode: current?.name ?? null,
    nextNode: next ? { name: next.name, plannedEnd: next.plannedEnd } : null,
  };
}

interface RowInputs {
  nodes: ReadonlyMap<number, ScheduleNode[]>;
  ytd: ReadonlyMap<number, number>;
  progress: ReadonlyMap<number, string>;
  problems: ReadonlyMap<number, OpenProblem[]>;
}

/** Up to this many projects are read one by one (a detail page, the register's first screen); more read each table once. */
const ONE_BY_ONE = 200;

/** A few projects' inputs, read project by project instead of for the whole register. */
async function oneByOne(ctx: ServiceContext, projects: Project[], month: string): Promise<RowInputs> {
  const inputs = { nodes: new Map<number, ScheduleNode[]>(), ytd: new Map<number, number>(), progress: new Map<number, string>(), problems: new Map<number, OpenProblem[]>() };
  for (const p of projects) {
    inputs.nodes.set(p.id, await listNodes(ctx.db, p.id));
    for (const [id, v] of await completedYearToDate(ctx.db, month, p.id)) inputs.ytd.set(id, v);
    for (const [id, v] of await lastProgressMonths(ctx.db, p.id)) inputs.progress.set(id, v);
    for (const [id, v] of await problemsByProject(ctx, p.id)) inputs.problems.set(id, v);
  }
  return inputs;
}

/**
 * Rows for the given projects, computed against the clock's today and the reporting month. Lists
 * read them from the register's cache (`rowsOf`); this computes them.
 */
export async function buildRows(ctx: ServiceContext, projects: Project[], month = monthOf(ctx.clock.today())): Promise<ProjectRow[]> {
  const today = ctx.clock.today();
  const settings = await readSettings(ctx.db);
  const inputs: RowInputs = projects.length <= ONE_BY_ONE
    ? await oneByOne(ctx, projects, month)
    : { nodes: await allNodes(ctx), ytd: await completedYearToDate(ctx.db, month), progress: await lastProgressMonths(ctx.db), problems: await problemsByProject(ctx) };
  return projects.map((p) => {
    const projectNodes = inputs.nodes.get(p.id) ?? [];
    return {
      ...p,
      light: projectLight(
        {
          nodes: projectNodes,
          // A project under way that never reported progress ages from its signing.
          lastProgressMonth: inputs.progress.get(p.id) ?? (p.signedOn ? monthOf(p.signedOn) : null),
          active: isActiveStage(p.stage),
          terminated: p.stage === '终止',
          problems: inputs.problems.get(p.id) ?? [],
        },
        today,
        settings,
      ),
      completedYtd: inputs.ytd.get(p.id) ?? 0,
      ...currentAndNext(projectNodes),
    };
  });
}

/** The rows of these projects (in this order), from the cache computed once per change of the database or of today. */
export async function rowsOf(ctx: ServiceContext, ids: readonly number[], month = monthOf(ctx.clock.today())): Promise<ProjectRow[]> {
  const all = await allRows(ctx, month);
  return ids.flatMap((id) => {
    const row = all.get(id);
    return row ? [row] : [];
  });
}

/** Every project's row (archived ones too), in id order: the cache, computed once per change. */
function allRows(ctx: ServiceContext, month: string): Promise<ReadonlyMap<number, ProjectRow>> {
  return cachedRows(ctx, month, async () => buildRows(ctx, await listProjects(ctx.db, { includeArchived: true }), month));
}

/** What `projectWhere` asks of a row, but its text search: the same exact equalities. */
function matchesFields(row: ProjectRow, filter: ProjectQuery): boolean {
  return (filter.includeArchived === true || !row.archived)
    && (!filter.chain || row.chain === filter.chain)
    && (!filter.area || row.area === filter.area)
    && (!filter.stage || row.stage === filter.stage)
    && (!filter.level || row.level === filter.level);
}

/**
 * The register's rows for a filter. With `limit` (the register's first screen) and the cache not
 * yet computed, only those rows are computed: the first screen never waits for the whole register.
 */
export async function listRows(ctx: ServiceContext, filter: ProjectQuery, month = monthOf(ctx.clock.today()), limit?: number): Promise<ProjectRow[]> {
  // Without a text search the cached rows answer alone, in the same id order: no query for their
  // ids (at 30,000 projects on PostgreSQL that query was most of a list's time).
  if (limit === undefined && !filter.query) {
    const rows: ProjectRow[] = [];
    for (const row of (await allRows(ctx, month)).values()) if (matchesFields(row, filter)) rows.push(row);
    return scopedRows(ctx, rows);
  }
  const ids = await listProjectIds(ctx.db, filter, limit);
  if (limit !== undefined && !(await hasCachedRows(ctx, month))) {
    const projects = (await Promise.all(ids.map((id) => getProject(ctx.db, id)))).filter((p) => p !== undefined);
    return scopedRows(ctx, await buildRows(ctx, projects, month));
  }
  return scopedRows(ctx, await rowsOf(ctx, ids, month));
}

function withLights(nodes: ScheduleNode[], problems: OpenProblem[], today: string, settings: Awaited<ReturnType<typeof readSettings>>): ScheduleNodeWithLight[] {
  const lights = nodeLights({ nodes, lastProgressMonth: null, active: false, problems }, today, settings);
  return nodes.map((n, i) => ({ ...n, light: lights[i] ?? { status: '未开始', color: 'grey' } }));
}

/** A project's nodes with their lights. */
export async function nodesWithLights(ctx: ServiceContext, projectId: number): Promise<ScheduleNodeWithLight[]> {
  const problems = (await problemsByProject(ctx, projectId)).get(projectId) ?? [];
  return withLights(await listNodes(ctx.db, projectId), problems, ctx.clock.today(), await readSettings(ctx.db));
}

/** Every project's nodes (archived ones too) with their lights, by project id: computed once per change. */
export async function allNodes(ctx: ServiceContext): Promise<ReadonlyMap<number, ScheduleNodeWithLight[]>> {
  return await cachedNodes(ctx, async () => {
    const today = ctx.clock.today();
    const settings = await readSettings(ctx.db);
    const problems = await problemsByProject(ctx);
    const out = new Map<number, ScheduleNodeWithLight[]>();
    for (const [projectId, nodes] of await nodesByProject(ctx.db)) out.set(projectId, withLights(nodes, problems.get(projectId) ?? [], today, settings));
    return out;
  });
}

/** Every node of the register's projects (archived ones left out unless asked), with lights: the Gantt's bars. */
export async function allNodesWithLights(ctx: ServiceContext, includeArchived: boolean): Promise<ScheduleNodeWithLight[]> {
  return nodesOf(ctx, await listProjectIds(ctx.db, { includeArchived }));
}

/** The nodes of these projects with their lights, in the projects' order and each schedule's order. */
export async function nodesOf(ctx: ServiceContext, projectIds: readonly number[]): Promise<ScheduleNodeWithLight[]> {
  const all = await allNodes(ctx);
  return projectIds.flatMap((id) => all.get(id) ?? []);
}

/** The earliest and latest node date of these projects (every unarchived one when not named). */
export async function nodeExtent(ctx: ServiceContext, projectIds?: readonly number[]): Promise<{ from: IsoDate | null; to: IsoDate | null }> {
  // The whole register's span is 进度甘特's time axis, asked at every opening: 150 ms at 30,000 projects.
  if (!projectIds) return await cachedFigure(ctx, 'nodeExtent', () => spanOf(ctx));
  return await spanOf(ctx, projectIds);
}

async function spanOf(ctx: ServiceContext, projectIds?: readonly number[]): Promise<{ from: IsoDate | null; to: IsoDate | null }> {
  const all = await allNodes(ctx);
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  for (const id of projectIds ?? await listProjectIds(ctx.db, {})) {
    for (const n of all.get(id) ?? []) {
      for (const d of [n.plannedStart, n.plannedEnd, n.actualStart, n.actualEnd]) {
        if (d === null) continue;
        if (from === null || d < from) from = d;
        if (to === null || d > to) to = d;
      }
    }
  }
  return { from, to };
}
