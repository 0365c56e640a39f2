/** 报表: the Excel reports sent to leaders. The workbook comes back as bytes (base64 in JSON) with a suggested file name. */

import { z } from 'zod';
import { isoMonth, projectFilterSchema } from '../schemas';
import { REPORT_GROUPINGS, REPORT_IDS, REPORT_UNITS } from '../reports/reportIds';
import { query } from './method';

export interface ReportFile {
  /** Suggested name, e.g. "区投资促进局_重大项目推进情况表_2026年1-11月.xlsx". */
  fileName: string;
  mimeType: string;
  /** The .xlsx bytes, base64 so every transport carries them as JSON. */
  base64: string;
  /** Projects in the report (after filters). */
  projects: number;
}

export const reportInputSchema = z.object({
  report: z.enum(REPORT_IDS, { message: '报表应为 progress、nodes、summary、gantt 之一' }),
  /** The reporting month: the report shows 1–N月 of its year. */
  month: isoMonth,
  unit: z.enum(REPORT_UNITS).optional(),
  /** Subtotal groups (重大项目推进情况表, 项目节点计划表, 挂图作战图). */
  by: z.enum(REPORT_GROUPINGS).optional(),
  filter: projectFilterSchema.omit({ includeArchived: true }).strict().optional(),
});

export const reportMethods = {
  'reports.export': query<ReportFile>()(reportInputSchema.strict()),
};
