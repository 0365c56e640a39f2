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
import { cachedNodes, cachedRows, hasCachedRows } from './registerCache';
import { scopedRows } from './team/scopeRows';

function problemsByProject(ctx: ServiceContext, projectId?: number): Map<number, OpenProblem[]> {
  const map = new Map<number, OpenProblem[]>();
  for (const p of openProblems(ctx.db, projectId)) {
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

/**
 * Rows for the given projects, computed against the clock's today and the reporting month. Lists
 * read them from the register's cache (`rowsOf`); this computes them.
 */
export function buildRows(ctx: ServiceContext, projects: Project[], month = monthOf(ctx.clock.today())): ProjectRow[] {
  const today = ctx.clock.today();
  const settings = readSettings(ctx.db);
  const inputs: RowInputs = projects.length <= ONE_BY_ONE
    ? {
      nodes: new Map(projects.map((p) => [p.id, listNodes(ctx.db, p.id)])),
      ytd: new Map(projects.flatMap((p) => [...completedYearToDate(ctx.db, month, p.id)])),
      progress: new Map(projects.flatMap((p) => [...lastProgressMonths(ctx.db, p.id)])),
      problems: new Map(projects.flatMap((p) => [...problemsByProject(ctx, p.id)])),
    }
    : { nodes: allNodes(ctx), ytd: completedYearToDate(ctx.db, month), progress: lastProgressMonths(ctx.db), problems: problemsByProject(ctx) };
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
export function rowsOf(ctx: ServiceContext, ids: readonly number[], month = monthOf(ctx.clock.today())): ProjectRow[] {
  const all = cachedRows(ctx, month, () => buildRows(ctx, listProjects(ctx.db, { includeArchived: true }), month));
  return ids.flatMap((id) => {
    const row = all.get(id);
    return row ? [row] : [];
  });
}

/**
 * The register's rows for a filter. With `limit` (the register's first screen) and the cache not
 * yet computed, only those rows are computed: the first screen never waits for the whole register.
 */
export function listRows(ctx: ServiceContext, filter: ProjectQuery, month = monthOf(ctx.clock.today()), limit?: number): ProjectRow[] {
  const ids = listProjectIds(ctx.db, filter, limit);
  if (limit !== undefined && !hasCachedRows(ctx, month)) return scopedRows(ctx, buildRows(ctx, ids.flatMap((id) => getProject(ctx.db, id) ?? []), month));
  return scopedRows(ctx, rowsOf(ctx, ids, month));
}

function withLights(nodes: ScheduleNode[], problems: OpenProblem[], today: string, settings: ReturnType<typeof readSettings>): ScheduleNodeWithLight[] {
  const lights = nodeLights({ nodes, lastProgressMonth: null, active: false, problems }, today, settings);
  return nodes.map((n, i) => ({ ...n, light: lights[i] ?? { status: '未开始', color: 'grey' } }));
}

/** A project's nodes with their lights. */
export function nodesWithLights(ctx: ServiceContext, projectId: number): ScheduleNodeWithLight[] {
  const problems = problemsByProject(ctx, projectId).get(projectId) ?? [];
  return withLights(listNodes(ctx.db, projectId), problems, ctx.clock.today(), readSettings(ctx.db));
}

/** Every project's nodes (archived ones too) with their lights, by project id: computed once per change. */
export function allNodes(ctx: ServiceContext): ReadonlyMap<number, ScheduleNodeWithLight[]> {
  return cachedNodes(ctx, () => {
    const today = ctx.clock.today();
    const settings = readSettings(ctx.db);
    const problems = problemsByProject(ctx);
    const out = new Map<number, ScheduleNodeWithLight[]>();
    for (const [projectId, nodes] of nodesByProject(ctx.db)) out.set(projectId, withLights(nodes, problems.get(projectId) ?? [], today, settings));
    return out;
  });
}

/** Every node of the register's projects (archived ones left out unless asked), with lights: the Gantt's bars. */
export function allNodesWithLights(ctx: ServiceContext, includeArchived: boolean): ScheduleNodeWithLight[] {
  return nodesOf(ctx, listProjectIds(ctx.db, { includeArchived }));
}

/** The nodes of these projects with their lights, in the projects' order and each schedule's order. */
export function nodesOf(ctx: ServiceContext, projectIds: readonly number[]): ScheduleNodeWithLight[] {
  const all = allNodes(ctx);
  return projectIds.flatMap((id) => all.get(id) ?? []);
}

/** The earliest and latest node date of these projects (every unarchived one when not named). */
export function nodeExtent(ctx: ServiceContext, projectIds?: readonly number[]): { from: IsoDate | null; to: IsoDate | null } {
  const all = allNodes(ctx);
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  for (const id of projectIds ?? listProjectIds(ctx.db, {})) {
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
