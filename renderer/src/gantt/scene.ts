/** One window of the Gantt as the canvas draws it: the board's screen, or a page of 导出图片. */
import { barItems, type BarItem, type BarMode, type EdgeMark, type GroupBand } from './barItems';
import { dayX, ROW_H, visibleDays, visibleRows, type TimeView, type Viewport } from './geometry';
import type { GanttRow, NodeLookup } from './ganttRows';
import { periodsBetween, tiersFor } from './timeScale';

export interface Scene {
  bars: BarItem[];
  groups: GroupBand[];
  edges: EdgeMark[];
  /** Period boundaries on screen; strong ones start an upper-tier period. */
  lines: { x: number; strong: boolean }[];
  /** Tops of the project rows on screen, for the row rules. */
  rowTops: number[];
  todayX: number | null;
  width: number;
  height: number;
  editing: boolean;
  /** Draw node names in bars wide enough for them. */
  labels: boolean;
}

export interface SceneInput {
  rows: readonly GanttRow[];
  nodesOf: NodeLookup;
  viewport: Viewport;
  time: TimeView;
  mode: BarMode;
  today: number;
  shifts?: ReadonlyMap<number, number>;
  editing: boolean;
}

export function buildScene({ rows, nodesOf, viewport, time, mode, today, shifts, editing }: SceneInput): Scene {
  const { bars, groups, edges } = barItems({ rows, nodesOf, viewport, time, mode, today, ...(shifts ? { shifts } : {}) });
  const { from, to } = visibleDays(viewport, time);
  const tiers = tiersFor(time.pxPerDay);
  const upperStarts = new Set(periodsBetween(tiers.upper, from, to).map((p) => p.start));
  const lines = periodsBetween(tiers.lower, from, to).map((p) => ({ x: dayX(p.start, time) - viewport.scrollLeft, strong: upperStarts.has(p.start) }));
  const { first, last } = visibleRows(viewport, rows.length);
  const rowTops: number[] = [];
  for (let i = first; i < last; i++) if (rows[i]?.kind === 'project') rowTops.push(i * ROW_H - viewport.scrollTop);
  const todayX = dayX(today, time) + time.pxPerDay / 2 - viewport.scrollLeft;
  return { bars, groups, edges, lines, rowTops, todayX: todayX >= 0 && todayX <= viewport.width ? todayX : null, width: viewport.width, height: viewport.height, editing, labels: time.pxPerDay >= 2 };
}
