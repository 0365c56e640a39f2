/** 按模板批量生成节点: one template applied to many projects at once, and its undo. */

import { z } from 'zod';
import { id } from '../schemas';
import { command } from './method';

export interface TemplateBulkApplied {
  projectId: number;
  code: string;
  name: string;
  /** Day 0 of the template for this project, and which project date gave it. */
  start: string;
  from: 'signedOn' | 'plannedStart';
  nodes: number;
}

export interface TemplateBulkSkipped {
  projectId: number;
  code: string;
  name: string;
  reason: string;
  reasonEn: string;
}

export interface TemplateBulkResult {
  /** The audit row that heads the operation: what `nodes.undoTemplateBulk` takes. Null when nothing was written. */
  operationId: number | null;
  template: string;
  applied: TemplateBulkApplied[];
  /** Projects that already had nodes: left as they are. */
  skippedWithNodes: number;
  /** Projects with neither 签约日期 nor 计划开工 (or not found), each with the reason. */
  skipped: TemplateBulkSkipped[];
}

export interface TemplateBulkUndoResult {
  operationId: number;
  projects: number;
  nodes: number;
}

/** Which projects: these ids, the projects an import batch added, or every unarchived project without nodes. */
const target = z.object({
  templateId: id,
  projectIds: z.array(id).min(1).max(5000).optional(),
  batchId: id.optional(),
  allWithoutNodes: z.literal(true).optional(),
}).strict().refine(
  (x) => [x.projectIds, x.batchId, x.allWithoutNodes].filter((v) => v !== undefined).length === 1,
  { message: '请指定 projectIds、batchId 或 allWithoutNodes 之一 (give exactly one of projectIds, batchId, allWithoutNodes)' },
);

export const nodeTemplateMethods = {
  'nodes.applyTemplateBulk': command<TemplateBulkResult>()(target),
  /** Removes exactly the nodes that operation created; refused when any of them was edited since. */
  'nodes.undoTemplateBulk': command<TemplateBulkUndoResult>()(z.object({ operationId: id }).strict()),
};
