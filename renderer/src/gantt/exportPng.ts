/**
 * 导出图片: every row the filter leaves (not only the rows on screen), over the days on screen, as
 * PNG for slides. The bars are drawn by the same scene and ECharts option as the screen, on a chart
 * as tall as the page; the header and the project column (DOM on screen) are drawn again with the
 * same labels, under a title line that names the filter and over a legend. A set taller than
 * `ROWS_PER_IMAGE` is split into several images: a browser's canvas stops at 32,767 px, and a
 * picture of thousands of rows is a poster for 打印挂图, not a slide.
 */
import type { TFunction } from 'i18next';
import { fromDayNumber } from '../../../shared/domain/dates';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import type { Money } from '../common/money';
import { GRID_LINE, GRID_LINE_STRONG, GROUP_BAND, LEGEND_ORDER, LIGHT_HEX, TEXT, TODAY_LINE } from './colors';
import { dayX, HEADER_H, LEFT_W, ROW_H, visibleDays, visibleRows, type TimeView, type Viewport } from './geometry';
import type { BarMode } from './barItems';
import { groupKeyText, type GanttRow, type NodeLookup } from './ganttRows';
import { withPngText } from './pngText';
import { buildScene } from './scene';
import { paintScene } from './paintScene';
import { labelPlacement, periodLabel, periodsBetween, tiersFor } from './timeScale';

/** Rows per image: 500 rows make a 15,000 px image, well inside a canvas's limits and memory. */
export const ROWS_PER_IMAGE = 500;
/** Up to this many rows the image is drawn at twice the pixels (sharp on slides); taller ones at one. */
const SHARP_ROWS = 120;

interface Input {
  rows: readonly GanttRow[];
  viewport: Viewport;
  time: TimeView;
  today: number;
  money: Money;
  title: string;
  t: TFunction;
  lang: 'zh' | 'en';
}

export const TITLE_H = 44;
export const LEGEND_H = 30;
const FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';
const MUTED = '#6b7686';

function clipText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function drawHeader(ctx: CanvasRenderingContext2D, input: Input, top: number): void {
  const { viewport, time, lang, t, money } = input;
  ctx.fillStyle = '#f7f9fb';
  ctx.fillRect(0, top, LEFT_W + viewport.width, HEADER_H);
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(t('column.project'), 12, top + HEADER_H / 2);
  ctx.textAlign = 'right';
  ctx.fillText(t('column.total', { unit: money.unit }), LEFT_W - 12, top + HEADER_H / 2);
  ctx.textAlign = 'left';
  const { from, to } = visibleDays(viewport, time);
  const tiers = tiersFor(time.pxPerDay);
  const todayX = LEFT_W + dayX(input.today, time) + time.pxPerDay / 2 - viewport.scrollLeft;
  const showToday = todayX >= LEFT_W && todayX <= LEFT_W + viewport.width;
  [tiers.upper, tiers.lower].forEach((unitOfTier, tier) => {
    const y = top + tier * (HEADER_H / 2);
    for (const p of periodsBetween(unitOfTier, from, to)) {
      const x = LEFT_W + dayX(p.start, time) - viewport.scrollLeft;
      const width = (p.end - p.start) * time.pxPerDay;
      ctx.fillStyle = tier === 0 ? GRID_LINE_STRONG : GRID_LINE;
      if (x >= LEFT_W) ctx.fillRect(Math.round(x), y, 1, HEADER_H / 2);
      ctx.fillStyle = TEXT;
      ctx.font = `${tier === 0 ? 'bold ' : ''}12px ${FONT}`;
      const label = periodLabel(p, lang, tier === 1 || width < 90);
      const tag = tier === 0 && showToday ? ([todayX - LEFT_W - 20, todayX - LEFT_W + 20] as const) : undefined;
      const place = labelPlacement(x - LEFT_W, width, ctx.measureText(label).width + 10, tag);
      if (place.visible) ctx.fillText(label, x + place.offset + 6, y + HEADER_H / 4);
    }
  });
  if (showToday) {
    ctx.font = `11px ${FONT}`;
    const text = t('legend.today');
    const w = ctx.measureText(text).width + 10;
    ctx.fillStyle = TODAY_LINE;
    ctx.fillRect(todayX - w / 2, top + 5, w, 16);
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.fillText(text, todayX, top + 13);
    ctx.textAlign = 'left';
  }
  ctx.fillStyle = GRID_LINE_STRONG;
  ctx.fillRect(0, top + HEADER_H - 1, LEFT_W + viewport.width, 1);
  ctx.fillRect(LEFT_W - 1, top, 1, HEADER_H);
}

function drawRows(ctx: CanvasRenderingContext2D, { rows, viewport, money, t, lang }: Input, top: number): void {
  const { first, last } = visibleRows(viewport, rows.length);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, top, LEFT_W, viewport.height);
  ctx.clip();
  ctx.textBaseline = 'middle';
  for (let i = first; i < last; i++) {
    const row = rows[i];
    if (!row) continue;
    const y = top + i * ROW_H - viewport.scrollTop;
    const mid = y + ROW_H / 2;
    const amount = row.kind === 'group' ? money.amount(knownSum(row.totalInvestment, row.totalUnknown, row.count)) : money.amount(row.p.totalInvestment);
    if (row.kind === 'group') {
      ctx.fillStyle = GROUP_BAND;
      ctx.fillRect(0, y, LEFT_W, ROW_H);
      ctx.fillStyle = TEXT;
      ctx.font = `bold 13px ${FONT}`;
      const unknown = row.totalUnknown > 0 ? `  ${t('groupUnknown', { count: row.totalUnknown })}` : '';
      ctx.fillText(clipText(ctx, `${groupKeyText(row, lang === 'en')}  ${t('groupCount', { count: row.count })}${unknown}`, LEFT_W - 120), 12, mid);
    } else {
      ctx.fillStyle = LIGHT_HEX[row.p.light.color];
      ctx.beginPath();
      ctx.arc(17, mid, 5, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = TEXT;
      ctx.font = `13px ${FONT}`;
      ctx.fillText(clipText(ctx, row.p.name, LEFT_W - 130), 30, mid);
      ctx.fillStyle = GRID_LINE;
      ctx.fillRect(0, y + ROW_H - 1, LEFT_W, 1);
    }
    ctx.fillStyle = TEXT;
    ctx.font = `12px ${FONT}`;
    ctx.textAlign = 'right';
    ctx.fillText(amount, LEFT_W - 12, mid);
    ctx.textAlign = 'left';
  }
  ctx.restore();
  ctx.fillStyle = GRID_LINE_STRONG;
  ctx.fillRect(LEFT_W - 1, top, 1, viewport.height);
}

function drawLegend(ctx: CanvasRenderingContext2D, { t }: Input, top: number): void {
  ctx.font = `12px ${FONT}`;
  ctx.textBaseline = 'middle';
  const mid = top + LEGEND_H / 2;
  let x = 12;
  const label = (text: string) => {
    ctx.fillStyle = TEXT;
    ctx.fillText(text, x, mid);
    x += ctx.measureText(text).width + 18;
  };
  for (const color of LEGEND_ORDER) {
    ctx.fillStyle = LIGHT_HEX[color];
    ctx.fillRect(x, mid - 5, 16, 10);
    x += 22;
    label(t(`status.${color}`));
  }
  // The same marks as the chart: plan as an outline, actual as a fill, a milestone as a diamond, today dashed.
  ctx.strokeStyle = LIGHT_HEX.grey;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, mid - 6.5, 16, 12);
  x += 22;
  label(t('legend.planned'));
  ctx.fillStyle = LIGHT_HEX.blue;
  ctx.fillRect(x, mid - 3, 16, 6);
  x += 22;
  label(t('legend.actual'));
  ctx.beginPath();
  ctx.moveTo(x + 6, mid - 6);
  ctx.lineTo(x + 12, mid);
  ctx.lineTo(x + 6, mid + 6);
  ctx.lineTo(x, mid);
  ctx.closePath();
  ctx.stroke();
  x += 18;
  label(t('legend.milestone'));
  ctx.strokeStyle = LIGHT_HEX.red;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x + 1, mid - 7);
  ctx.lineTo(x + 1, mid + 7);
  ctx.stroke();
  ctx.setLineDash([]);
  x += 8;
  label(t('legend.today'));
}

/** The bars of every row of the page, drawn by the screen's own scene and painter on a canvas of the page's size. */
function drawBody(rows: readonly GanttRow[], nodesOf: NodeLookup, viewport: Viewport, time: TimeView, today: number, mode: BarMode, scale: number): HTMLCanvasElement {
  const scene = buildScene({ rows, nodesOf, viewport, time, mode, today, editing: false });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width * scale);
  canvas.height = Math.round(viewport.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  paintScene(ctx, scene);
  return canvas;
}

export interface PageInput {
  /** The page's rows (group headings and projects), top to bottom. */
  rows: readonly GanttRow[];
  nodesOf: NodeLookup;
  /** The days shown: the time axis and horizontal scroll of the screen. */
  time: TimeView;
  scrollLeft: number;
  width: number;
  mode: BarMode;
  today: number;
  money: Money;
  title: string;
  t: TFunction;
  lang: 'zh' | 'en';
}

/** One image: title, header, every row of the page with its bars, legend; the title also stored in the file. */
export async function renderGanttPng(page: PageInput): Promise<Blob> {
  const { rows, nodesOf, time, scrollLeft, width: bodyWidth, mode, today, title, t, money } = page;
  const viewport: Viewport = { scrollLeft, scrollTop: 0, width: bodyWidth, height: rows.length * ROW_H };
  const input: Input = { rows, viewport, time, today, money, title, t, lang: page.lang };
  const scale = rows.length <= SHARP_ROWS ? 2 : 1;
  const width = LEFT_W + viewport.width;
  const height = TITLE_H + HEADER_H + viewport.height + LEGEND_H;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = TEXT;
  ctx.textBaseline = 'middle';
  ctx.font = `12px ${FONT}`;
  const note = `${t('pngAsOf', { date: fromDayNumber(today) })}  ${t('unitNote', { unit: money.unit })}`;
  const noteWidth = ctx.measureText(note).width;
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(clipText(ctx, title, width - noteWidth - 40), 12, TITLE_H / 2);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.textAlign = 'right';
  ctx.fillText(note, width - 12, TITLE_H / 2);
  ctx.textAlign = 'left';
  drawHeader(ctx, input, TITLE_H);
  drawRows(ctx, input, TITLE_H + HEADER_H);
  const body = drawBody(rows, nodesOf, viewport, time, today, mode, scale);
  ctx.drawImage(body, LEFT_W, TITLE_H + HEADER_H, viewport.width, viewport.height);
  drawLegend(ctx, input, TITLE_H + HEADER_H + viewport.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  const png = withPngText(new Uint8Array(await blob.arrayBuffer()), 'Title', title);
  return new Blob([png.buffer as ArrayBuffer], { type: 'image/png' });
}

/** The rows split into images of at most `ROWS_PER_IMAGE` rows. */
export function imagePages<T>(rows: readonly T[], perImage = ROWS_PER_IMAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < rows.length; i += perImage) pages.push(rows.slice(i, i + perImage));
  return pages;
}
