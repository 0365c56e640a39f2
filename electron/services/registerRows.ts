/** Builds the register's rows: each project with its light, 1–N月完成投资 and current/next node. */

import { listProjects, type ProjectQuery } from '../db/queries/projects';
import { listNodes, nodesByProject } from '../db/queries/nodes';
import { completedYearToDate, lastProgressMonths } from '../db/queries/monthly';
import { openProblems } from '../db/queries/maintenance';
import { nodeLights, projectLight, type OpenProblem } from '../../shared/domain/lights';
import { isActiveStage } from '../../shared/domain/stage';
import { monthOf } from '../../shared/domain/dates';
import { ALL_NODES_DONE, type Project, type ProjectRow, type ScheduleNode, type ScheduleNodeWithLight } from '../../shared/domain/types';
import { readSettings } from './settingsStore';
import type { ServiceContext } from './context';

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

/** Rows for the given projects, computed against the clock's today and the reporting month. */
export function buildRows(ctx: ServiceContext, projects: Project[], month = monthOf(ctx.clock.today())): ProjectRow[] {
  const today = ctx.clock.today();
  const settings = readSettings(ctx.db);
  // One project (its detail page) reads only its own rows; a list reads each table once.
  const only = projects.length === 1 ? projects[0]?.id : undefined;
  const nodes = only !== undefined ? new Map([[only, listNodes(ctx.db, only)]]) : nodesByProject(ctx.db);
  const ytd = completedYearToDate(ctx.db, month, only);
  const progress = lastProgressMonths(ctx.db, only);
  const problems = problemsByProject(ctx, only);
  return projects.map((p) => {
    const projectNodes = nodes.get(p.id) ?? [];
    return {
      ...p,
      light: projectLight(
        {
          nodes: projectNodes,
          // A project under way that never reported progress ages from its signing.
          lastProgressMonth: progress.get(p.id) ?? (p.signedOn ? monthOf(p.signedOn) : null),
          active: isActiveStage(p.stage),
          terminated: p.stage === '终止',
          problems: problems.get(p.id) ?? [],
        },
        today,
        settings,
      ),
      completedYtd: ytd.get(p.id) ?? 0,
      ...currentAndNext(projectNodes),
    };
  });
}

export function listRows(ctx: ServiceContext, filter: ProjectQuery, month?: string): ProjectRow[] {
  return buildRows(ctx, listProjects(ctx.db, filter), month);
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

/** Every node of the register's projects (archived ones left out unless asked), with lights: the Gantt's bars. */
export function allNodesWithLights(ctx: ServiceContext, includeArchived: boolean): ScheduleNodeWithLight[] {
  const today = ctx.clock.today();
  const settings = readSettings(ctx.db);
  const problems = problemsByProject(ctx);
  const shown = includeArchived ? null : new Set(listProjects(ctx.db, {}).map((p) => p.id));
  const out: ScheduleNodeWithLight[] = [];
  for (const [projectId, nodes] of nodesByProject(ctx.db)) {
    if (shown && !shown.has(projectId)) continue;
    out.push(...withLights(nodes, problems.get(projectId) ?? [], today, settings));
  }
  return out;
}
