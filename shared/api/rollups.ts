/** 汇总 and 晾晒: rollups by one or two dimensions, plan vs completed by month, quarterly rankings. */

import { z } from 'zod';
import type { RollupRow, RollupTable } from '../domain/rollup';
import type { RollupMatrix } from '../domain/rollupMatrix';
import type { RankingRow } from '../domain/ranking';
import { RANKING_GROUPS } from '../domain/ranking';
import { isIsoQuarter } from '../domain/rollupQuarters';
import { isIsoDate } from '../domain/dates';
import { SIZE_BANDS, SIZE_UNKNOWN } from '../domain/rollup';
import { UNSIGNED } from '../domain/rollupSlice';
import { isoMonth, projectFilterSchema, rollupDimensionSchema } from '../schemas';
import { query } from './method';

/** A slice of the register, as a rollup cell or a link to the register names it. */
export const rollupSliceSchema = z
  .object({
    chain: z.string().max(40).optional(),
    area: z.string().max(40).optional(),
    stage: z.string().max(20).optional(),
    level: z.string().max(20).optional(),
    year: z.string().refine((y) => /^\d{4}$/.test(y) || y === UNSIGNED, { message: `签约年份应为四位年份或“${UNSIGNED}”` }).optional(),
    date: z.string().refine((d) => isIsoDate(d) || d === UNSIGNED, { message: `签约日期应为 YYYY-MM-DD 或“${UNSIGNED}”` }).optional(),
    size: z.enum([SIZE_UNKNOWN, ...SIZE_BANDS.map((b) => b.label)] as [string, ...string[]], { message: `投资规模应为 ${SIZE_BANDS.map((b) => b.label).join('、')} 或“${SIZE_UNKNOWN}”之一` }).optional(),
  })
  .strict();

export const isoQuarter = z.string().refine(isIsoQuarter, { message: '季度应为 YYYY-Qn 格式，如 2026-Q3' });

export interface RollupTables {
  /** The one-way table by the row dimension. */
  table: RollupTable;
  /** The two-way table when a column dimension was asked for. */
  matrix: RollupMatrix | null;
}

export interface MonthlyPoint {
  month: string;
  /** 计划投资 of the month, integer 元. */
  planned: number;
  completed: number;
  /** Running totals from January. */
  plannedToDate: number;
  completedToDate: number;
}

export interface MonthlySeries {
  year: number;
  /** 年度计划投资 of the projects in the slice that state it. */
  annualPlan: number;
  /** Projects in the slice whose 年度计划投资 is 未填. */
  planUnknown: number;
  months: MonthlyPoint[];
}

export interface RankingResult {
  quarter: string;
  previousQuarter: string;
  /** The day the quarter is judged on: its last day, or today in the running quarter. */
  asOf: string;
  previousAsOf: string;
  rows: RankingRow[];
}

export const rollupMethods = {
  'rollups.by': query<RollupTable>()(z.object({ by: rollupDimensionSchema, month: isoMonth.optional(), filter: projectFilterSchema.strict().optional() }).strict()),
  /** A one-way table (no `columns`) or a two-way one, over a slice that may name signing year and size band. */
  'rollups.matrix': query<RollupTables>()(
    z.object({
      rows: rollupDimensionSchema, columns: rollupDimensionSchema.optional(), month: isoMonth.optional(), slice: rollupSliceSchema.optional(),
      /** The figures frozen when `month` was closed, instead of the live register (refused if it was not closed). */
      closed: z.boolean().optional(),
    }).strict(),
  ),
  /** Counts and sums by signing date (signing batches such as a 投洽会 day), optionally within a year. */
  'rollups.bySigningDate': query<{ rows: RollupRow[]; total: RollupRow }>()(
    z.object({ year: z.number().int().min(2000).max(2100).optional(), month: isoMonth.optional(), slice: rollupSliceSchema.optional() }).strict(),
  ),
  /** Planned and completed investment month by month for a year (the 计划 vs 完成 chart). */
  'rollups.monthly': query<MonthlySeries>()(
    z.object({ year: z.number().int().min(2000).max(2100), slice: rollupSliceSchema.optional() }).strict(),
  ),
  'rollups.ranking': query<RankingResult>()(
    z.object({ group: z.enum(RANKING_GROUPS), quarter: isoQuarter.optional() }).strict(),
  ),
};
