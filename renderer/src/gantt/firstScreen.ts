/**
 * 进度甘特's first screen (issue 17): at 30,000 projects the whole filtered register takes seconds
 * to arrive, so the rows of the first screen are asked first. Grouped by 产业链 or 区域, the first
 * group is the rollup's first row (the service orders its rollup as the chart orders its groups,
 * by the same code) and its heading carries the rollup's exact count and 总投资; the first rows are
 * that group's, in register order. Other groupings (and a light filter, applied here, not by the
 * service) wait for the whole register.
 */
import { api } from '../api/client';
import type { RollupRow } from '../../../shared/domain/rollup';
import type { ProjectRow } from '../../../shared/domain/types';
import type { GanttGroup, GanttRow } from './ganttRows';
import type { ServiceFilter } from './useGanttData';

/** More rows than a 1366×768 screen shows, and a page down. */
export const FIRST_SCREEN_ROWS = 60;

/** How the first screen is asked: the grouping (null: none). */
export interface FirstScreenPlan {
  by: Extract<GanttGroup, 'chain' | 'area'> | null;
}

export interface FirstScreen {
  projects: ProjectRow[];
  /** The first group's heading, from the rollup of the whole filtered register; null when not grouped. */
  head: { by: GanttGroup; row: RollupRow } | null;
}

/** The plan for a grouping and light filter, or null when the first screen cannot be asked of the service. */
export function firstScreenPlan(groupBy: GanttGroup | null, lightFiltered: boolean): FirstScreenPlan | null {
  if (lightFiltered) return null;
  if (groupBy === null || groupBy === 'chain' || groupBy === 'area') return { by: groupBy };
  return null;
}

/** The first screen's rows, or null when there is none to ask (the first group is 未填: the list cannot filter on it). */
export async function askFirstScreen(filter: ServiceFilter, plan: FirstScreenPlan): Promise<FirstScreen | null> {
  if (plan.by === null) return { projects: await api('projects.list', { ...filter, limit: FIRST_SCREEN_ROWS }), head: null };
  const { rows } = await api('rollups.by', { by: plan.by, filter });
  const row = rows[0];
  if (!row || row.key === '未填') return null;
  const projects = await api('projects.list', { ...filter, [plan.by]: row.key, limit: FIRST_SCREEN_ROWS });
  return { projects, head: { by: plan.by, row } };
}

/** The chart's rows while only the first screen is in: the first group's heading and its first projects. */
export function firstScreenRows(screen: FirstScreen, collapsed: ReadonlySet<string>): GanttRow[] {
  const rows: GanttRow[] = screen.projects.map((p) => ({ kind: 'project', p }));
  if (!screen.head) return rows;
  const { by, row } = screen.head;
  const isCollapsed = collapsed.has(row.key);
  return [{ kind: 'group', by, key: row.key, count: row.count, totalInvestment: row.totalInvestment, totalUnknown: row.totalUnknown, collapsed: isCollapsed }, ...(isCollapsed ? [] : rows)];
}
