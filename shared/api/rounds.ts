/**
 * 月度调度 下发与回收: make each unit's fill-in template for a month, see who has sent theirs
 * back, preview a returned file against the register, and merge it as one import batch (导入's
 * 撤销 takes a merge back). Files travel as base64, as in 导入 and 报表.
 */

import { z } from 'zod';
import { isoMonth } from '../schemas';
import { ROUND_SCOPES, type CollectPreview, type CollectResult, type RoundStatus, type TemplateFile } from '../rounds/types';
import { importFileSchema } from './imports';
import { command, query } from './method';

const scope = z.enum(ROUND_SCOPES, { message: '范围应为 area（区域）或 unit（责任单位）' });

const collectInput = z.object({
  file: importFileSchema,
  /** The month being collected: a template of another month is refused. Left out, the file's own month is used. */
  month: isoMonth.optional(),
}).strict();

export const roundMethods = {
  'rounds.status': query<RoundStatus>()(z.object({ month: isoMonth, scope }).strict()),
  'rounds.templates': command<TemplateFile[]>()(
    z.object({
      month: isoMonth,
      scope,
      /** These units only; left out, every unit with active projects. */
      units: z.array(z.string().trim().min(1).max(100)).min(1).max(500).optional(),
    }).strict(),
  ),
  'rounds.preview': query<CollectPreview>()(collectInput),
  'rounds.collect': command<CollectResult>()(collectInput),
};
