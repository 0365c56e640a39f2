/**
 * Draws one window of the Gantt (a Scene: the rows and days on screen, or a page of 导出图片) on a
 * 2D canvas, and finds the bar or edge mark under a point. Plain canvas calls: a screen of bars
 * draws in a millisecond or two, so scrolling repaints every frame without a chart library's
 * per-frame diffing (which cost 10–15 ms a frame at 30,000 projects).
 */
import type { BarItem, EdgeMark } from './barItems';
import { GRID_LINE, GRID_LINE_STRONG, GROUP_BAND, LIGHT_HEX, TEXT, TODAY_LINE, tint } from './colors';
import { ROW_H } from './geometry';
import type { Scene } from './scene';

const FONT = '11px "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';
const DIAMOND = 6;
const LABEL_MIN = 30;

function diamond(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(cx, cy - r);
  ctx.lineTo(cx + r, cy);
  ctx.lineTo(cx, cy + r);
  ctx.lineTo(cx - r, cy);
  ctx.closePath();
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Text widths by font and text: node names repeat on every screen. */
const widths = new Map<string, number>();

function textWidth(ctx: CanvasRenderingContext2D, text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    if (widths.size > 5000) widths.clear();
    widths.set(text, (w = ctx.measureText(text).width));
  }
  return w;
}

/** The text cut to fit `max` px with an ellipsis, or '' when not even one character fits. */
function fitted(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (textWidth(ctx, text) <= max) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const cut = `${chars.slice(0, n).join('')}…`;
    if (textWidth(ctx, cut) <= max) return cut;
  }
  return '';
}

/** One node: planned outline (a see-through tint of its light), actual fill, or a milestone's diamonds. */
function paintBar(ctx: CanvasRenderingContext2D, bar: BarItem, labels: boolean): void {
  const color = LIGHT_HEX[bar.color];
  const mid = bar.y + ROW_H / 2;
  if (bar.milestone) {
    if (bar.planned) {
      diamond(ctx, (bar.planned.x0 + bar.planned.x1) / 2, mid, DIAMOND + 1);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.6;
      ctx.stroke();
    }
    if (bar.actual) {
      diamond(ctx, (bar.actual.x0 + bar.actual.x1) / 2, mid, DIAMOND - 1);
      ctx.fillStyle = color;
      ctx.fill();
    }
    return;
  }
  if (bar.planned) {
    // On half pixels with a 1 px line, the outline is crisp: its true colour, not a blur of it.
    const x0 = Math.round(bar.planned.x0);
    const width = Math.max(2, Math.round(bar.planned.x1) - x0);
    roundRect(ctx, x0 + 0.5, Math.round(mid - 8) + 0.5, width - 1, 15, 2);
    ctx.fillStyle = tint(bar.color, 0.16);
    ctx.fill();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  if (bar.actual) {
    const tall = !bar.planned;
    roundRect(ctx, bar.actual.x0, tall ? mid - 8 : mid - 4, Math.max(2, bar.actual.x1 - bar.actual.x0), tall ? 16 : 8, tall ? 2 : 1);
    ctx.fillStyle = color;
    ctx.fill();
  }
  const span = bar.planned ?? bar.actual;
  if (labels && span && span.x1 - span.x0 >= LABEL_MIN) {
    const text = fitted(ctx, bar.node.name, span.x1 - span.x0 - 8);
    if (!text) return;
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#fff';
    ctx.lineJoin = 'round';
    ctx.strokeText(text, span.x0 + 4, mid);
    ctx.fillStyle = TEXT;
    ctx.fillText(text, span.x0 + 4, mid);
  }
}

/** A small arrow at the edge of an empty row, pointing to where its schedule is. */
function paintEdge(ctx: CanvasRenderingContext2D, edge: EdgeMark, width: number): void {
  const mid = edge.y + ROW_H / 2;
  const { x, tip, back } = edgeGeometry(edge, width);
  roundRect(ctx, x, mid - 8, 14, 16, 3);
  ctx.fillStyle = '#eef1f5';
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(tip + (edge.side === 'left' ? 3 : -3), mid);
  ctx.lineTo(back, mid - 4);
  ctx.lineTo(back, mid + 4);
  ctx.closePath();
  ctx.fillStyle = LIGHT_HEX[edge.node.light.color];
  ctx.fill();
}

function edgeGeometry(edge: EdgeMark, width: number): { x: number; tip: number; back: number } {
  const x = edge.side === 'left' ? 4 : width - 18;
  return { x, tip: edge.side === 'left' ? x : x + 14, back: edge.side === 'left' ? x + 10 : x + 4 };
}

/** Paints the scene over [0, width) × [0, height) of the context (already scaled to CSS pixels). */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { width, height } = scene;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = GROUP_BAND;
  for (const g of scene.groups) ctx.fillRect(0, g.y, width, ROW_H);
  ctx.lineWidth = 1;
  for (const strong of [false, true]) {
    ctx.beginPath();
    for (const line of scene.lines) {
      if (line.strong !== strong) continue;
      const x = Math.round(line.x) + 0.5;
      ctx.moveTo(x, 0);
      ctx.lineTo(x, height);
    }
    ctx.strokeStyle = strong ? GRID_LINE_STRONG : GRID_LINE;
    ctx.stroke();
  }
  ctx.beginPath();
  for (const top of scene.rowTops) {
    const y = Math.round(top + ROW_H) - 0.5;
    ctx.moveTo(0, y);
    ctx.lineTo(width, y);
  }
  ctx.strokeStyle = GRID_LINE;
  ctx.stroke();

  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const bar of scene.bars) paintBar(ctx, bar, scene.labels);
  for (const edge of scene.edges) paintEdge(ctx, edge, width);

  if (scene.todayX !== null) {
    const x = Math.round(scene.todayX) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, height);
    ctx.strokeStyle = TODAY_LINE;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 3]);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** Whether (x, y) falls on a bar as drawn (its outline, fill or diamonds, a pixel or two of slack). */
function onBar(bar: BarItem, x: number, y: number): boolean {
  const mid = bar.y + ROW_H / 2;
  if (Math.abs(y - mid) > 9) return false;
  for (const span of [bar.planned, bar.actual]) {
    if (!span) continue;
    if (bar.milestone) {
      if (Math.abs(x - (span.x0 + span.x1) / 2) + Math.abs(y - mid) <= DIAMOND + 2) return true;
    } else if (x >= span.x0 - 1 && x <= Math.max(span.x1, span.x0 + 2) + 1) {
      return true;
    }
  }
  return false;
}

/** The bar or edge mark under (x, y), the one drawn last (on top) first. */
export function hitTest(scene: Scene, x: number, y: number): { bar: BarItem } | { edge: EdgeMark } | null {
  for (let i = scene.bars.length - 1; i >= 0; i--) {
    const bar = scene.bars[i]!;
    if (onBar(bar, x, y)) return { bar };
  }
  for (const edge of scene.edges) {
    const mid = edge.y + ROW_H / 2;
    const { x: left } = edgeGeometry(edge, scene.width);
    if (x >= left && x <= left + 14 && Math.abs(y - mid) <= 8) return { edge };
  }
  return null;
}
