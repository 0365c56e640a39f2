/** 节点模板: the standard node sequences, edited in 设置与数据. */

import { z } from 'zod';
import type { NodeTemplate } from '../domain/types';
import { id } from '../schemas';
import { command } from './method';

const step = z.object({
  name: z.string().trim().min(1, { message: '节点名称不能为空' }).max(40, { message: '不能超过40个字' }),
  milestone: z.boolean(),
  offsetDays: z.number().int({ message: '应为整数天' }).min(0, { message: '不能为负数' }).max(3650, { message: '不能超过3650天' }),
  durationDays: z.number().int({ message: '应为整数天' }).min(0, { message: '不能为负数' }).max(3650, { message: '不能超过3650天' }),
});

export const templateMethods = {
  /** Creates a template (no id) or replaces one's name and steps. */
  'templates.save': command<NodeTemplate>()(
    z.object({
      id: id.optional(),
      name: z.string().trim().min(1, { message: '模板名称不能为空' }).max(60, { message: '不能超过60个字' }),
      steps: z.array(step).min(1, { message: '至少要有一个节点' }).max(60),
    }).strict(),
  ),
  /** Removes a template; the last one cannot go. */
  'templates.remove': command<NodeTemplate[]>()(z.object({ id }).strict()),
};
