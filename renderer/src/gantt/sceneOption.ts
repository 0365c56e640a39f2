/**
 * The ECharts option that draws one screen of the Gantt: a silent background (group bands, row
 * rules, period lines), the node bars (one data item each, so each has its tooltip and click) and
 * the today line on top. Everything is in screen pixels (coordinateSystem 'none'): the window is
 * laid out by barItems, ECharts draws, hit-tests and exports it.
 */
import type { CustomSeriesRenderItemReturn } from 'echarts';
import type { BarItem, EdgeMark, GroupBand } from './barItems';
import { GRID_LINE, GRID_LINE_STRONG, GROUP_BAND, LIGHT_HEX, TEXT, TODAY_LINE, tint } from './colors';
import { ROW_H } from './geometry';
import type { GanttChartOption } from './echarts';

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

type GroupReturn = Extract<CustomSeriesRenderItemReturn, { type: 'group' }>;
type Child = NonNullable<GroupReturn['children']>[number];

const FONT = '11px "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';
const DIAMOND = 6;

function diamond(cx: number, cy: number, r: number, style: { fill: string; stroke?: string; lineWidth?: number }): Child {
  return { type: 'polygon', shape: { points: [[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]] }, style };
}

/** One node: planned outline (a see-through tint of its light), actual fill, or a milestone's diamonds. */
export function barShapes(bar: BarItem, labels: boolean): Child[] {
  const color = LIGHT_HEX[bar.color];
  const mid = bar.y + ROW_H / 2;
  const out: Child[] = [];
  if (bar.milestone) {
    if (bar.planned) out.push(diamond((bar.planned.x0 + bar.planned.x1) / 2, mid, DIAMOND + 1, { fill: '#fff', stroke: color, lineWidth: 1.6 }));
    if (bar.actual) out.push(diamond((bar.actual.x0 + bar.actual.x1) / 2, mid, DIAMOND - 1, { fill: color }));
    return out;
  }
  if (bar.planned) {
    // On half pixels with a 1 px line, the outline is crisp: its true colour, not a blur of it.
    const x0 = Math.round(bar.planned.x0);
    const width = Math.max(2, Math.round(bar.planned.x1) - x0);
    out.push({ type: 'rect', shape: { x: x0 + 0.5, y: Math.round(mid - 8) + 0.5, width: width - 1, height: 15, r: 2 }, style: { fill: tint(bar.color, 0.16), stroke: color, lineWidth: 1 } });
  }
  if (bar.actual) {
    const tall = !bar.planned;
    out.push({ type: 'rect', shape: { x: bar.actual.x0, y: tall ? mid - 8 : mid - 4, width: Math.max(2, bar.actual.x1 - bar.actual.x0), height: tall ? 16 : 8, r: tall ? 2 : 1 }, style: { fill: color } });
  }
  const span = bar.planned ?? bar.actual;
  if (labels && span && span.x1 - span.x0 >= 30) {
    out.push({
      type: 'text',
      silent: true,
      x: span.x0 + 4,
      y: mid,
      style: { text: bar.node.name, font: FONT, fill: TEXT, stroke: '#fff', lineWidth: 3, verticalAlign: 'middle', width: span.x1 - span.x0 - 8, overflow: 'truncate', ellipsis: '…' },
    });
  }
  return out;
}

/** A small arrow at the edge of an empty row, pointing to where its schedule is. */
function edgeShapes(edge: EdgeMark, width: number): Child[] {
  const mid = edge.y + ROW_H / 2;
  const x = edge.side === 'left' ? 4 : width - 18;
  const tip = edge.side === 'left' ? x : x + 14;
  const back = edge.side === 'left' ? x + 10 : x + 4;
  return [
    { type: 'rect', shape: { x, y: mid - 8, width: 14, height: 16, r: 3 }, style: { fill: '#eef1f5' } },
    { type: 'polygon', shape: { points: [[tip + (edge.side === 'left' ? 3 : -3), mid], [back, mid - 4], [back, mid + 4]] }, style: { fill: LIGHT_HEX[edge.node.light.color] } },
  ];
}

function backShapes(scene: Scene): Child[] {
  const out: Child[] = [];
  for (const g of scene.groups) out.push({ type: 'rect', shape: { x: 0, y: g.y, width: scene.width, height: ROW_H }, style: { fill: GROUP_BAND } });
  for (const line of scene.lines) {
    const x = Math.round(line.x) + 0.5;
    out.push({ type: 'line', shape: { x1: x, y1: 0, x2: x, y2: scene.height }, style: { stroke: line.strong ? GRID_LINE_STRONG : GRID_LINE, lineWidth: 1 } });
  }
  for (const top of scene.rowTops) {
    const y = Math.round(top + ROW_H) - 0.5;
    out.push({ type: 'line', shape: { x1: 0, y1: y, x2: scene.width, y2: y }, style: { stroke: GRID_LINE, lineWidth: 1 } });
  }
  return out;
}

function frontShapes(scene: Scene): Child[] {
  if (scene.todayX === null) return [];
  const x = Math.round(scene.todayX) + 0.5;
  return [{ type: 'line', shape: { x1: x, y1: 0, x2: x, y2: scene.height }, style: { stroke: TODAY_LINE, lineWidth: 1.5, lineDash: [5, 3] } }];
}

/** The option, built once: the render functions read the current scene through `current`. */
export function sceneOption(current: () => Scene, tooltip: (bar: BarItem) => string, edgeTip: (edge: EdgeMark) => string): GanttChartOption {
  // ECharts keeps a group's old children when it is given none ("nothing changed"): an empty group
  // says so explicitly, or a today line scrolled off screen would stay where it was.
  const group = (children: Child[]): GroupReturn => ({ type: 'group', children, ...(children.length ? {} : { $mergeChildren: false as const }) });
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      transitionDuration: 0,
      className: 'gantt-tip',
      borderColor: '#cfd6df',
      textStyle: { color: TEXT, fontSize: 12 },
      // In the body, not the chart's box: ECharts then skips a getComputedStyle (a forced style
      // recalculation) on every update, which showed in the scroll profile.
      appendTo: 'body',
      formatter: (params) => {
        if (Array.isArray(params)) return '';
        if (params.seriesId === 'edges') {
          const edge = current().edges[params.dataIndex];
          return edge ? edgeTip(edge) : '';
        }
        const bar = current().bars[params.dataIndex];
        return bar ? tooltip(bar) : '';
      },
    },
    series: [
      { id: 'back', type: 'custom', coordinateSystem: 'none', silent: true, z: 1, data: [[0]], renderItem: () => group(backShapes(current())) },
      {
        id: 'bars',
        type: 'custom',
        coordinateSystem: 'none',
        z: 2,
        data: [],
        renderItem: (params) => {
          const scene = current();
          const bar = scene.bars[params.dataIndex];
          if (!bar) return group([]);
          // z2 by data order: ECharts keeps reused elements where they were, so without it a node
          // could end up under an earlier one it overlaps, and its tooltip out of reach.
          const children = barShapes(bar, scene.labels).map((c, k) => ({ ...c, z2: params.dataIndex * 4 + k, ...(c.silent ? {} : { cursor: scene.editing ? 'ew-resize' : 'pointer' }) }));
          return group(children);
        },
      },
      {
        id: 'edges',
        type: 'custom',
        coordinateSystem: 'none',
        z: 2,
        data: [],
        renderItem: (params) => {
          const scene = current();
          const edge = scene.edges[params.dataIndex];
          return group(edge ? edgeShapes(edge, scene.width).map((c) => ({ ...c, cursor: 'pointer' })) : []);
        },
      },
      { id: 'front', type: 'custom', coordinateSystem: 'none', silent: true, z: 3, data: [[0]], renderItem: () => group(frontShapes(current())) },
    ],
  };
}

/** What changes per frame: only the data, so ECharts re-runs the render functions over the new window. */
export function sceneData(scene: Scene): GanttChartOption {
  return {
    series: [
      { id: 'back', data: [[0]] },
      { id: 'bars', data: scene.bars.map((_, i) => [i]) },
      { id: 'edges', data: scene.edges.map((_, i) => [i]) },
      { id: 'front', data: [[0]] },
    ],
  };
}
