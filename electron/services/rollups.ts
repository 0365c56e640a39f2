/**
 * 汇总: rollups over the same project query the register uses, so a rollup cell is by
 * construction the sum of its register slice. Lights are not needed here, so nodes are not read.
 */

import { monthOf } from '../../shared/domain/dates';
import { rollupBy, rollupBySigningDate, type RollupProject } from '../../shared/domain/rollup';
import { rollupMatrix } from '../../shared/domain/rollupMatrix';
import { UNFILLED, compactSlice, inSlice, type RollupSlice } from '../../shared/domain/rollupSlice';
import type { MonthlyPoint } from '../../shared/api/rollups';
import { completedYearToDate } from '../db/queries/monthly';
import { monthlyFiguresOfYear, rollupRecords } from '../db/queries/rollups';
import { snapshotProjects } from '../db/queries/monthSnapshots';
import type { HandlerMap, ServiceContext } from './context';
import { listRows } from './registerRows';
import { requireClosing } from './monthEnd/handlers';
import { rankingHandlers } from './ranking';
import { withinScope } from './team/scopeFilter';

type ProjectWithYtd = RollupProject & { id: number };

/** The live projects in a slice with their 1–N月完成投资; chain/area/stage/level filter in SQL. */
async function sliceProjects(ctx: ServiceContext, slice: RollupSlice, month: string): Promise<ProjectWithYtd[]> {
  const s = compactSlice(slice);
  const ytd = await completedYearToDate(ctx.db, month);
  const plain = (value: string | undefined) => (value === UNFILLED ? undefined : value);
  const projects = (await rollupRecords(ctx.db, { chain: plain(s.chain), area: plain(s.area), stage: plain(s.stage), level: plain(s.level) }))
    .map((p) => ({ ...p, completedYtd: ytd.get(p.id) ?? 0 }))
    // SQL narrowed by the plain fields; the signing year and size band are checked here.
    .filter((p) => inSlice(p, s));
  return withinScope(ctx, projects);
}

/** The same slice from the register's cached rows (what 投资汇总 asks again and again). */
async function registerSliceProjects(ctx: ServiceContext, slice: RollupSlice, month: string): Promise<ProjectWithYtd[]> {
  const s = compactSlice(slice);
  const plain = (value: string | undefined) => (value === UNFILLED ? undefined : value);
  return (await listRows(ctx, { chain: plain(s.chain), area: plain(s.area), stage: plain(s.stage), level: plain(s.level) }, month)).filter((p) => inSlice(p, s));
}

/** A closed month's frozen projects in a slice: the same arithmetic over the rows its closing froze. */
async function closedSliceProjects(ctx: ServiceContext, slice: RollupSlice, month: string): Promise<ProjectWithYtd[]> {
  await requireClosing(ctx, month);
  const s = compactSlice(slice);
  return withinScope(ctx, (await snapshotProjects(ctx.db, month)).map((p) => p.row).filter((p) => inSlice(p, s)));
}

export const rollupHandlers: HandlerMap<'rollups.by' | 'rollups.matrix' | 'rollups.bySigningDate' | 'rollups.monthly' | 'rollups.ranking'> = {
  async 'rollups.by'({ by, month, filter }, ctx) {
    // The register's own rows (1–N月 included), computed once per change.
    return rollupBy(await listRows(ctx, filter ?? {}, month ?? monthOf(ctx.clock.today())), by);
  },

  async 'rollups.matrix'({ rows, columns, month, slice, closed }, ctx) {
    const m = month ?? monthOf(ctx.clock.today());
    const projects = closed ? await closedSliceProjects(ctx, slice ?? {}, m) : await registerSliceProjects(ctx, slice ?? {}, m);
    return { table: rollupBy(projects, rows), matrix: columns ? rollupMatrix(projects, rows, columns) : null };
  },

  async 'rollups.bySigningDate'({ year, month, slice }, ctx) {
    const projects = await sliceProjects(ctx, { ...slice, ...(year ? { year: String(year) } : {}) }, month ?? monthOf(ctx.clock.today()));
    return rollupBySigningDate(projects);
  },

  async 'rollups.monthly'({ year, slice }, ctx) {
    const projects = await sliceProjects(ctx, slice ?? {}, `${year}-12`);
    const ids = new Set(projects.map((p) => p.id));
    const months: MonthlyPoint[] = Array.from({ length: 12 }, (_, i) => ({
      month: `${year}-${String(i + 1).padStart(2, '0')}`, planned: 0, completed: 0, plannedToDate: 0, completedToDate: 0,
    }));
    for (const row of await monthlyFiguresOfYear(ctx.db, year)) {
      if (!ids.has(row.projectId)) continue;
      const point = months[Number(row.month.slice(5, 7)) - 1];
      if (!point) continue;
      point.planned += row.planned;
      point.completed += row.completed;
    }
    let planned = 0;
    let completed = 0;
    for (const point of months) {
      point.plannedToDate = planned += point.planned;
      point.completedToDate = completed += point.completed;
    }
    const withPlan = projects.filter((p) => p.annualPlan !== null);
    return { year, annualPlan: withPlan.reduce((sum, p) => sum + p.annualPlan!, 0), planUnknown: projects.length - withPlan.length, months };
  },

  ...rankingHandlers,
};
