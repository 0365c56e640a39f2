/**
 * What the canvas draws for the rows and days on screen: each node's planned span (outline) and
 * actual span (fill), or a milestone's diamonds, in screen pixels. Only the visible window is
 * turned into items, so 3,000 projects cost what one screen costs.
 */
import { toDayNumber } from '../../../shared/domain/dates';
import type { LightColor, ProjectRow, ScheduleNodeWithLight } from '../../../shared/domain/types';
import { dayX, ROW_H, visibleDays, visibleRows, type TimeView, type Viewport } from './geometry';
import type { GanttRow, NodeLookup } from './ganttRows';

export type BarMode = 'both' | 'planned' | 'actual';

export interface Span {
  x0: number;
  x1: number;
}

export interface BarItem {
  node: ScheduleNodeWithLight;
  project: ProjectRow;
  /** The project's whole schedule, for 后续节点顺延 while dragging. */
  siblings: readonly ScheduleNodeWithLight[];
  color: LightColor;
  milestone: boolean;
  /** Row top on screen. */
  y: number;
  planned: Span | null;
  actual: Span | null;
}

export interface GroupBand {
  y: number;
}

/** A row whose nodes are all off screen: a mark at the edge pointing to the nearest one. */
export interface EdgeMark {
  y: number;
  side: 'left' | 'right';
  node: ScheduleNodeWithLight;
  /** The day to bring into view. */
  day: number;
}

function day(iso: string | null): number | null {
  return iso ? toDayNumber(iso) : null;
}

// Parsing four dates per node on every frame showed in the scroll profile: parsed once per node object.
const parsed = new WeakMap<ScheduleNodeWithLight, [number | null, number | null, number | null, number | null]>();

function daysOf(node: ScheduleNodeWithLight): [number | null, number | null, number | null, number | null] {
  let days = parsed.get(node);
  if (!days) parsed.set(node, (days = [day(node.plannedStart), day(node.plannedEnd), day(node.actualStart), day(node.actualEnd)]));
  return days;
}

/** Every date the nodes carry, as day numbers (the chart's range, 适应范围). */
export function scheduleDays(nodes: Iterable<ScheduleNodeWithLight>): number[] {
  const out: number[] = [];
  for (const node of nodes) for (const d of daysOf(node)) if (d !== null) out.push(d);
  return out;
}

/** A node's spans in days (end exclusive); a milestone's are single days. */
export function nodeDays(node: ScheduleNodeWithLight, today: number, shiftDays = 0): { planned: [number, number] | null; actual: [number, number] | null } {
  const [ps, pe, as, ae] = daysOf(node);
  if (node.milestone) {
    const p = pe ?? ps;
    // A milestone is reached on its actual end; a start alone does not fill its diamond.
    const a = ae;
    return { planned: p === null ? null : [p + shiftDays, p + shiftDays + 1], actual: a === null ? null : [a, a + 1] };
  }
  const plannedFrom = ps ?? pe;
  const plannedTo = pe ?? ps;
  const planned: [number, number] | null = plannedFrom === null || plannedTo === null ? null : [plannedFrom + shiftDays, plannedTo + shiftDays + 1];
  const actualFrom = as ?? ae;
  // Under way: the fill runs to today, so how long it has taken shows against the plan.
  const actualTo = ae ?? (as !== null ? Math.max(as, today) : null);
  const actual: [number, number] | null = actualFrom === null || actualTo === null ? null : [actualFrom, actualTo + 1];
  return { planned, actual };
}

export interface ItemInput {
  rows: readonly GanttRow[];
  nodesOf: NodeLookup;
  viewport: Viewport;
  time: TimeView;
  mode: BarMode;
  today: number;
  /** Planned-date shift per node id while a bar is dragged. */
  shifts?: ReadonlyMap<number, number>;
}

export function barItems({ rows, nodesOf, viewport, time, mode, today, shifts }: ItemInput): { bars: BarItem[]; groups: GroupBand[]; edges: EdgeMark[] } {
  const { first, last } = visibleRows(viewport, rows.length);
  const { from, to } = visibleDays(viewport, time);
  const bars: BarItem[] = [];
  const groups: GroupBand[] = [];
  const edges: EdgeMark[] = [];
  const toScreen = (span: [number, number] | null): Span | null => {
    if (!span || span[1] < from - 1 || span[0] > to + 1) return null;
    return { x0: dayX(span[0], time) - viewport.scrollLeft, x1: dayX(span[1], time) - viewport.scrollLeft };
  };
  for (let i = first; i < last; i++) {
    const row = rows[i];
    if (!row) continue;
    const y = i * ROW_H - viewport.scrollTop;
    if (row.kind === 'group') {
      groups.push({ y });
      continue;
    }
    const before = bars.length;
    let left: EdgeMark | null = null;
    let right: EdgeMark | null = null;
    const nodes = nodesOf(row.p.id);
    for (const node of nodes) {
      const spans = nodeDays(node, today, shifts?.get(node.id) ?? 0);
      const shown = [mode === 'actual' ? null : spans.planned, mode === 'planned' ? null : spans.actual];
      const planned = toScreen(shown[0] ?? null);
      const actual = toScreen(shown[1] ?? null);
      if (planned || actual) {
        bars.push({ node, project: row.p, siblings: nodes, color: node.light.color, milestone: node.milestone, y, planned, actual });
        continue;
      }
      for (const span of shown) {
        if (!span) continue;
        if (span[1] <= from && (!left || span[1] > left.day)) left = { y, side: 'left', node, day: span[1] - 1 };
        if (span[0] >= to && (!right || span[0] < right.day)) right = { y, side: 'right', node, day: span[0] };
      }
    }
    // Only for a row with nothing on screen: it says where its schedule is, without cluttering the rest.
    if (bars.length === before) {
      if (left) edges.push(left);
      if (right) edges.push(right);
    }
  }
  return { bars, groups, edges };
}
