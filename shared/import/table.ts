/**
 * Finding the table inside a sheet as the government layout draws it: a merged title, a 填报单位 /
 * 单位：万元 line, one or two header rows (the second under merged group headings), then project
 * rows mixed with 合计/小计 rows and 注： lines. The grid comes from CSV or XLSX alike: cells are
 * text, numbers, or null; a merged cell repeats its value over the cells it covers.
 */

import { parseHeaderUnit, type MoneyUnit } from '../domain/money';
import { fieldForHeader } from './fields';

export type GridCell = string | number | null;
export type Grid = GridCell[][];

export type RowKind = 'data' | 'total' | 'subtotal' | 'note' | 'blank';

export interface TableRow {
  /** The row number as the user sees it in Excel/WPS (1-based). */
  line: number;
  kind: RowKind;
  cells: GridCell[];
}

export interface TableLayout {
  /** Header text per column; two header rows are joined as "上/下". */
  headers: string[];
  /** 1-based rows holding the header. */
  headerLines: number[];
  /** The unit a "单位：万元" line above the table announces. */
  tableUnit: MoneyUnit | undefined;
  /** Lines above the header (title, 填报单位), shown to the user as recognised and skipped. */
  preamble: string[];
  rows: TableRow[];
}

const HEADER_SCAN_ROWS = 20;

export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

function mappedCount(headers: string[]): number {
  const fields = new Set(headers.map((h) => h.split('/').reverse().map(fieldForHeader).find(Boolean)).filter(Boolean));
  return fields.size;
}

function joinHeaderRows(top: GridCell[], bottom: GridCell[], width: number): string[] {
  return Array.from({ length: width }, (_, c) => {
    const a = cellText(top[c]);
    const b = cellText(bottom[c]);
    if (!b || a === b) return a;
    if (!a) return b;
    return `${a}/${b}`;
  });
}

/** Text that says "this row is a sum": 合计, 总计, 小计, "新能源小计", "其中：". */
function totalKind(cells: GridCell[]): 'total' | 'subtotal' | undefined {
  const texts = cells.slice(0, 4).map(cellText).filter((t) => t !== '');
  for (const t of texts.slice(0, 2)) {
    const squeezed = t.replace(/[\s\u3000]/g, '');
    if (/^(合计|总计|全区合计|累计)[:：]?$/.test(squeezed) || /^(合计|总计)[（(]/.test(squeezed)) return 'total';
    if (/小计[:：]?$/.test(squeezed) || /^小计/.test(squeezed) || /^其中[:：]/.test(squeezed)) return 'subtotal';
  }
  return undefined;
}

const ORDINAL = '[一二三四五六七八九十百]+';
/** "一、…", "十二、…", "（一）…": how Chinese reports number their sections. */
const SECTION_START = new RegExp(`^(${ORDINAL}[、.．]|[（(]${ORDINAL}[)）])`);
/** "…（11个）", "…（11个项目，节点99个…）": a section heading counting its members. */
const COUNT_END = /[（(]\d+个[^（）()]*[)）]$/;

/**
 * Group and total lines as reports print them, which the sum words of totalKind miss: a section
 * heading such as "一、产业链：新能源（11个）" (its own subtotal beside it), and a 合计 line that goes
 * on to count ("合计：63个项目，节点567个…"). Content only, so it holds after a WPS/LibreOffice re-save.
 */
export function groupRowKind(cells: GridCell[]): 'total' | 'subtotal' | undefined {
  const texts = cells.slice(0, 4).map(cellText).filter((t) => t !== '').slice(0, 2);
  for (const t of texts) {
    const squeezed = t.replace(/[\s\u3000]/g, '');
    if (/^(合计|总计)[:：]/.test(squeezed)) return 'total';
    if (SECTION_START.test(squeezed) && (COUNT_END.test(squeezed) || /小计|合计/.test(squeezed))) return 'subtotal';
  }
  return undefined;
}

/**
 * The sign-off block under a government table: 填表人：张三 审核人：李四 联系电话：… 填报日期：…
 * Only the row's first filled cell is looked at, with a colon or nothing after the word (the value
 * may sit in the next cell), so a project whose 形象进度 mentions 联系电话 stays a project.
 */
const FOOTER = /^(填表人|填报人|审核人|审核|制表人|制表|联系电话|联系人|填报日期|填表日期|制表日期|审核日期|单位负责人|分管领导|填报单位（盖章）|填报单位\(盖章\))([:：]|$)/;

export function classifyRow(cells: GridCell[]): RowKind {
  const texts = cells.map(cellText);
  const filled = texts.filter((t) => t !== '');
  if (filled.length === 0) return 'blank';
  const first = filled[0]!.replace(/^[\s\u3000]+/, '');
  if (/^(注|备注|说明|填表说明|附注|数据来源)\s*\d*\s*[:：.、]/.test(first) || /^注\d*[:：]?$/.test(first)) return 'note';
  if (FOOTER.test(first.replace(/[\s\u3000]/g, ''))) return 'note';
  return totalKind(cells) ?? groupRowKind(cells) ?? 'data';
}

/** Locates the header (the row, or pair of rows, naming most known fields) and classifies what follows. */
export function readTableLayout(grid: Grid): TableLayout | undefined {
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  let best: { start: number; count: 1 | 2; headers: string[]; score: number } | undefined;
  for (let r = 0; r < Math.min(grid.length, HEADER_SCAN_ROWS); r++) {
    const one = joinHeaderRows(grid[r] ?? [], [], width);
    const score1 = mappedCount(one);
    // A title or 填报单位 line names no field; a header's upper row names at least one (项目名称).
    if (score1 < 1) continue;
    const two = r + 1 < grid.length ? joinHeaderRows(grid[r] ?? [], grid[r + 1] ?? [], width) : one;
    const score2 = mappedCount(two);
    // The second row counts only when it adds fields: a data row never names one.
    const pick = score2 > score1 ? { count: 2 as const, headers: two, score: score2 } : { count: 1 as const, headers: one, score: score1 };
    if (pick.score < 2) continue;
    if (!best || pick.score > best.score) best = { start: r, ...pick };
  }
  // Headers no alias knows: the first row of two or more distinct values, for the user to map by hand.
  if (!best) {
    const start = grid.slice(0, HEADER_SCAN_ROWS).findIndex((r) => new Set(r.map(cellText).filter(Boolean)).size >= 2);
    if (start < 0) return undefined;
    best = { start, count: 1, headers: joinHeaderRows(grid[start] ?? [], [], width), score: 0 };
  }
  const preambleRows = grid.slice(0, best.start);
  const preamble = preambleRows.map((r) => [...new Set(r.map(cellText).filter(Boolean))].join(' ')).filter(Boolean);
  const tableUnit = preamble.map(parseHeaderUnit).find((u) => u !== undefined);
  const firstData = best.start + best.count;
  const rows: TableRow[] = grid.slice(firstData).map((cells, i) => ({ line: firstData + i + 1, kind: classifyRow(cells), cells }));
  const headerLines = Array.from({ length: best.count }, (_, i) => best.start + i + 1);
  return { headers: best.headers.map((h, i) => h || `第${i + 1}列`), headerLines, tableUnit, preamble, rows };
}
