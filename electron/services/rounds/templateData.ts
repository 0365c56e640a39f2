/** What a unit's template holds: its active projects with nodes, 1–(N-1)月 and the next node. */

import { listProjects } from '../../db/queries/projects';
import { nodesByProject } from '../../db/queries/nodes';
import { completedYearToDate } from '../../db/queries/monthly';
import { previousMonthInYear } from '../../../shared/import/ytd';
import type { Project, ScheduleNode } from '../../../shared/domain/types';
import type { RoundScope } from '../../../shared/rounds/types';
import type { ServiceContext } from '../context';

export interface TemplateProject {
  project: Project;
  nodes: ScheduleNode[];
  /** 1–(N-1)月完成投资 in 元 (0 in January). */
  prior: number;
  currentNode: ScheduleNode | null;
  /** The node after the current one, whose planned end the unit may move. */
  nextNode: ScheduleNode | null;
}

export function unitOf(project: Pick<Project, 'area' | 'ownerUnit'>, scope: RoundScope): string {
  return scope === 'area' ? project.area : project.ownerUnit;
}

/** The node being worked on (first not done) and the one after it, as the register shows them. */
export function currentAndNextNode(nodes: ScheduleNode[]): { current: ScheduleNode | null; next: ScheduleNode | null } {
  const i = nodes.findIndex((n) => !n.actualEnd);
  if (i < 0) return { current: null, next: null };
  return { current: nodes[i] ?? null, next: nodes[i + 1] ?? null };
}

export async function priorYearToDate(ctx: ServiceContext, month: string): Promise<Map<number, number>> {
  const before = previousMonthInYear(month);
  return before ? await completedYearToDate(ctx.db, before) : new Map();
}

export async function templateProjects(ctx: ServiceContext, month: string, scope: RoundScope, unit: string): Promise<TemplateProject[]> {
  const projects = (await listProjects(ctx.db, {})).filter((p) => unitOf(p, scope) === unit).sort((a, b) => a.code.localeCompare(b.code));
  const nodes = await nodesByProject(ctx.db);
  const prior = await priorYearToDate(ctx, month);
  return projects.map((project) => {
    const list = nodes.get(project.id) ?? [];
    const { current, next } = currentAndNextNode(list);
    return { project, nodes: list, prior: prior.get(project.id) ?? 0, currentNode: current, nextNode: next };
  });
}
