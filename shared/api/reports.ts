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
  report: z.enum(REPORT_IDS, { message: `报表应为 ${REPORT_IDS.join('、')} 之一` }),
  /** The reporting month: the report shows 1–N月 of its year. */
  month: isoMonth,
  unit: z.enum(REPORT_UNITS).optional(),
  /** Subtotal groups (重大项目推进情况表, 项目节点计划表, 挂图作战图). */
  by: z.enum(REPORT_GROUPINGS).optional(),
  filter: projectFilterSchema.omit({ includeArchived: true }).extend({
    /** Exactly these projects (e.g. the register's rows as shown), applied after the other filters. */
    projectIds: z.array(z.number().int().positive({ message: '项目编号 id 应为正整数' }), { message: 'projectIds 应为项目 id 列表' })
      .max(100_000, { message: 'projectIds 最多 100000 个' }).optional(),
  }).strict().optional(),
});

/** CSV of a grid view exactly as shown: the renderer sends the visible header and rows, the service encodes them. */
export const CSV_ENCODINGS = ['utf8-bom', 'gb18030'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

const csvCell = z.union([z.string().max(20_000), z.number().finite(), z.null()]);

export const csvInputSchema = z.object({
  /** The view's name, for the suggested file name (e.g. 项目台账). */
  title: z.string().trim().min(1, { message: '请给出视图名称' }).max(60),
  header: z.array(z.string().max(200)).min(1, { message: 'CSV 至少要有一列' }).max(200),
  rows: z.array(z.array(csvCell).max(200)).max(200_000),
  encoding: z.enum(CSV_ENCODINGS, { message: '编码应为 utf8-bom 或 gb18030' }).optional(),
}).strict();

export const reportMethods = {
  'reports.export': query<ReportFile>()(reportInputSchema.strict()),
  'reports.csv': query<ReportFile>()(csvInputSchema),
};
