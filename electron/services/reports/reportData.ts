/**
 * What every report reads: the register rows (the same rows and 1–N月 figures the register and
 * the rollups use), grouped like the rollup service groups them, and each project's nodes with lights.
 */

import { lightRulesFootnote } from '../../../shared/domain/lightRules';
import { listProjects } from '../../db/queries/projects';
import { rollupBy, rollupKey, type RollupRow } from '../../../shared/domain/rollup';
import { asOfDate } from '../../../shared/domain/monthEnd';
import type { ProjectRow, ScheduleNodeWithLight } from '../../../shared/domain/types';
import type { ReportGrouping, ReportUnit } from '../../../shared/reports/reportIds';
import type { MethodArgs } from '../../../shared/contract';
import { allNodes, rowsOf } from '../registerRows';
import { getClosing, snapshotProjects } from '../../db/queries/monthSnapshots';
import { matchesFilter, snapshotsAsOf } from '../monthEnd/figures';
import { readSettings } from '../settingsStore';
import type { ServiceContext } from '../context';

export interface ReportGroup {
  /** The rollup row of the group: its sums are the subtotal, exact in 元. */
  sums: RollupRow;
  projects: ProjectRow[];
}

export interface ReportData {
  month: string;
  /** N of 1–N月. */
  monthNumber: number;
  /** 截至日期: today within the current month, else the month's last day. */
  asOf: string;
  unit: ReportUnit;
  by: ReportGrouping;
  /** The grouping the user asked for, if any (投资汇总表 then shows only that dimension). */
  requestedBy: ReportGrouping | undefined;
  reportingUnit: string;
  /** The light rules in force, in words, for the footnote: the rule the lights were judged by. */
  lightRules: string;
  groups: ReportGroup[];
  total: RollupRow;
  projectCount: number;
  rows: ProjectRow[];
  /** Each reported project's nodes with their lights as of `asOf`. */
  nodes: ReadonlyMap<number, ScheduleNodeWithLight[]>;
  /** When the month was closed, if its figures are the frozen ones. */
  closedAt: string | null;
}

/**
 * The rows and nodes a report prints: a closed month's frozen figures; a past month judged as of
 * its last day; the current month live, as the register shows it.
 */
function reportedProjects(ctx: ServiceContext, input: MethodArgs<'reports.export'>, asOf: string, closed: boolean): { rows: ProjectRow[]; nodes: ReadonlyMap<number, ScheduleNodeWithLight[]> } {
  const { projectIds, ...filter } = input.filter ?? {};
  const chosen = projectIds ? new Set(projectIds) : null;
  const wanted = (id: number) => !chosen || chosen.has(id);
  if (closed) {
    const snaps = snapshotProjects(ctx.db, input.month).filter((s) => matchesFilter(s.row, filter) && wanted(s.row.id));
    return { rows: snaps.map((s) => s.row), nodes: new Map(snaps.map((s) => [s.row.id, s.nodes])) };
  }
  // The chosen projects narrow the filtered rows; subtotals and 合计 below are computed from these same rows.
  const projects = listProjects(ctx.db, filter).filter((p) => wanted(p.id));
  if (asOf < ctx.clock.today()) {
    const snaps = snapshotsAsOf(ctx, projects, input.month, asOf, 'live');
    return { rows: snaps.map((s) => s.row), nodes: new Map(snaps.map((s) => [s.row.id, s.nodes])) };
  }
  return { rows: rowsOf(ctx, projects.map((p) => p.id), input.month), nodes: allNodes(ctx) };
}

export function loadReportData(ctx: ServiceContext, input: MethodArgs<'reports.export'>): ReportData {
  const settings = readSettings(ctx.db);
  const by = input.by ?? 'chain';
  const closing = getClosing(ctx.db, input.month);
  // A past month is reported as of its last day; the current month as of today.
  const asOf = closing?.asOf ?? asOfDate(input.month, ctx.clock.today());
  const { rows, nodes } = reportedProjects(ctx, input, asOf, closing !== undefined);
  // The groups come from the same rollup arithmetic as 投资汇总, so a subtotal is its rollup row.
  const table = rollupBy(rows, by);
  const members = new Map<string, ProjectRow[]>();
  for (const row of rows) {
    const key = rollupKey(row, by);
    let list = members.get(key);
    if (!list) members.set(key, (list = []));
    list.push(row);
  }
  const groups = table.rows.map((sums) => ({
    sums,
    // Largest 总投资 first; unknown ones after the known, by code.
    projects: (members.get(sums.key) ?? []).sort((a, b) => (b.totalInvestment ?? -1) - (a.totalInvestment ?? -1) || a.code.localeCompare(b.code)),
  }));
  return {
    month: input.month,
    monthNumber: Number(input.month.slice(5, 7)),
    asOf,
    unit: input.unit ?? '万元',
    by,
    requestedBy: input.by,
    reportingUnit: settings.reportingUnit,
    // A closed month's lights were judged by the rules in force when it was closed.
    lightRules: closing?.lightRules ?? lightRulesFootnote(settings),
    groups,
    total: table.total,
    projectCount: rows.length,
    rows,
    nodes,
    closedAt: closing?.closedAt ?? null,
  };
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "一、" … "十、", "十一、" … for group headings, as Chinese reports number their sections. */
export function chineseOrdinal(index: number): string {
  const n = index + 1;
  if (n <= 10) return `${CHINESE_NUMERALS[n - 1]}、`;
  if (n < 20) return `十${CHINESE_NUMERALS[n - 11]}、`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${CHINESE_NUMERALS[tens - 1]}十${ones ? CHINESE_NUMERALS[ones - 1] : ''}、`;
}
