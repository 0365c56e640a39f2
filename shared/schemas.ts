/** zod schemas of the values the API accepts. Messages are in Chinese; the dispatcher adds English. */

import { z } from 'zod';
import { isIsoDate, isIsoMonth } from './domain/dates';
import { DISPLAY_DECIMALS_MAX, MAX_AMOUNT_YUAN } from './domain/money';
import { CODE_LIST_NAMES, MANUAL_STAGES, STAGES } from './domain/types';
import { ROLLUP_DIMENSIONS } from './domain/rollup';

export const isoDate = z.string().refine(isIsoDate, { message: '日期应为 YYYY-MM-DD 格式的有效日期' });
export const isoMonth = z.string().refine(isIsoMonth, { message: '月份应为 YYYY-MM 格式' });
/** Integer 元: no fractions, no negatives, capped far below the exact-integer limit. */
export const yuan = z
  .number({ message: '金额应为整数（元）' })
  .int({ message: '金额应为整数（元）' })
  .min(0, { message: '金额不能为负数' })
  .max(MAX_AMOUNT_YUAN, { message: '金额过大' });
export const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max, { message: `不能超过${max}个字` });
const requiredText = (max: number) => text(max).min(1, { message: '不能为空' });

export const stageSchema = z.enum(STAGES);
export const manualStageSchema = z.enum(MANUAL_STAGES);
export const codeListNameSchema = z.enum(CODE_LIST_NAMES);
export const rollupDimensionSchema = z.enum(ROLLUP_DIMENSIONS);

export const projectFieldsSchema = z.object({
  code: requiredText(40),
  nationalCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{24,30}$/, { message: '项目代码应为 24 位（可含连字符）' })
    .nullable(),
  name: requiredText(200),
  company: text(200),
  chain: text(40),
  area: text(40),
  level: text(20),
  kind: text(20),
  source: text(20),
  stageOverride: manualStageSchema.nullable(),
  totalInvestment: yuan.nullable(),
  annualPlan: yuan.nullable(),
  cumulativeCompleted: yuan.nullable(),
  signedOn: isoDate.nullable(),
  plannedStart: isoDate.nullable(),
  plannedCompletion: isoDate.nullable(),
  landMu: z.number().min(0).max(1_000_000).nullable(),
  capacity: text(200),
  expectedOutput: yuan.nullable(),
  leader: text(40),
  ownerUnit: text(100),
  contact: text(60),
  progressNote: text(2000),
  problems: text(2000),
  tags: z.array(text(20)).max(20),
});

/** Defaults for fields a new project may leave out. */
/** A new project needs a name; 在谈 projects have no 项目编号 yet, so one left out is given a provisional 待编号-YYYY-NNN. */
export const newProjectSchema = projectFieldsSchema.partial().required({ name: true });

export const projectFilterSchema = z.object({
  query: z.string().trim().max(100).optional(),
  chain: z.string().optional(),
  area: z.string().optional(),
  stage: stageSchema.optional(),
  level: z.string().optional(),
  includeArchived: z.boolean().optional(),
});

export const nodeFieldsSchema = z.object({
  name: requiredText(40),
  milestone: z.boolean(),
  plannedStart: isoDate.nullable(),
  plannedEnd: isoDate.nullable(),
  actualStart: isoDate.nullable(),
  actualEnd: isoDate.nullable(),
  percent: z.number().int().min(0).max(100),
  note: text(1000),
});

export const monthlyFieldsSchema = z.object({
  planned: yuan,
  completed: yuan,
  progressNote: text(2000),
  problems: text(2000),
});

export const settingsSchema = z.object({
  warningDays: z.number().int().min(0).max(365),
  agingYellowMonths: z.number().int().min(1).max(24),
  agingRedMonths: z.number().int().min(1).max(36),
  displayUnit: z.enum(['万元', '亿元']),
  displayDecimals: z.number().int().min(0).max(DISPLAY_DECIMALS_MAX),
  language: z.enum(['zh', 'en']),
  reportingUnit: text(60),
  reporter: text(40),
  operator: text(40),
  problemOverdueRed: z.boolean(),
  dailyBackup: z.boolean(),
  backupKeepDays: z.number().int().min(1).max(3650),
  defaultTemplateId: z.number().int().min(0),
});
