/**
 * The Gantt's rows: projects after the filters, grouped like the register (a heading row with the
 * count and 总投资 before each group's projects). A row's nodes are looked up when it is drawn
 * (`NodeLookup`): the Gantt holds only the nodes of the rows in view.
 */
import { rollupBy, rollupKey, sumProjects } from '../../../shared/domain/rollup';
import { UNFILLED } from '../../../shared/domain/rollupSlice';
import { rollupKeyText } from '../common/domainText';
import { STAGES, type LightColor, type ProjectRow, type ScheduleNodeWithLight } from '../../../shared/domain/types';

export const GANTT_GROUPS = ['chain', 'area', 'stage', 'ownerUnit'] as const;
export type GanttGroup = (typeof GANTT_GROUPS)[number];

export function isGanttGroup(value: unknown): value is GanttGroup {
  return typeof value === 'string' && (GANTT_GROUPS as readonly string[]).includes(value);
}

export type GanttRow =
  /** totalInvestment sums the known 总投资; totalUnknown counts the projects without one. */
  | { kind: 'group'; by: GanttGroup; key: string; count: number; totalInvestment: number; totalUnknown: number; collapsed: boolean }
  | { kind: 'project'; p: ProjectRow };

/** A project's schedule with lights; empty while it has not arrived. */
export type NodeLookup = (projectId: number) => readonly ScheduleNodeWithLight[];

export interface GanttFilter {
  lights: readonly LightColor[] | null;
}

function groupKey(p: ProjectRow, by: GanttGroup): string {
  return by === 'ownerUnit' ? p.ownerUnit.trim() || UNFILLED : rollupKey(p, by);
}

/** A group heading's key as shown: 责任单位 is data (未填 when empty), the rest as rollups show them. */
export function groupKeyText(row: { by: GanttGroup; key: string }, en: boolean): string {
  return rollupKeyText(row.by === 'ownerUnit' ? 'area' : row.by, row.key, en);
}

function stageIndex(key: string): number {
  const i = (STAGES as readonly string[]).indexOf(key);
  return i < 0 ? STAGES.length : i;
}

/** Nodes by project id, in schedule order (the service sends them so). */
export function nodesByProject(nodes: readonly ScheduleNodeWithLight[]): Map<number, ScheduleNodeWithLight[]> {
  const map = new Map<number, ScheduleNodeWithLight[]>();
  for (const n of nodes) {
    let list = map.get(n.projectId);
    if (!list) map.set(n.projectId, (list = []));
    list.push(n);
  }
  return map;
}

export function buildGanttRows(
  projects: readonly ProjectRow[],
  filter: GanttFilter,
  by: GanttGroup | null,
  collapsed: ReadonlySet<string>,
): GanttRow[] {
  const shown = filter.lights ? projects.filter((p) => filter.lights!.includes(p.light.color)) : projects;
  const row = (p: ProjectRow): GanttRow => ({ kind: 'project', p });
  if (!by) return shown.map(row);
  const members = new Map<string, ProjectRow[]>();
  for (const p of shown) {
    const key = groupKey(p, by);
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(p);
  }
  // Subtotals by the shared rollup code, so a heading says what 投资汇总 says for the same slice.
  const table = by === 'ownerUnit' ? null : rollupBy(shown, by);
  const keys = table ? table.rows.map((r) => r.key) : [...members.keys()].sort((a, b) => (members.get(b)?.length ?? 0) - (members.get(a)?.length ?? 0));
  if (by === 'stage') keys.sort((a, b) => stageIndex(a) - stageIndex(b));
  const out: GanttRow[] = [];
  for (const key of keys) {
    const list = members.get(key) ?? [];
    const isCollapsed = collapsed.has(key);
    const sums = sumProjects(list, key);
    out.push({ kind: 'group', by, key, count: list.length, totalInvestment: sums.totalInvestment, totalUnknown: sums.totalUnknown, collapsed: isCollapsed });
    if (!isCollapsed) out.push(...list.map(row));
  }
  return out;
}
