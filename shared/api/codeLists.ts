/** 代码表: the values offered for 产业链, 区域, 级别, 类型 and 资金来源, administered in 设置与数据. */

import { z } from 'zod';
import type { CodeListName, CodeLists } from '../domain/types';
import { codeListNameSchema } from '../schemas';
import { command, none, query } from './method';

export interface CodeListEntry {
  list: CodeListName;
  value: string;
  /** Position in the list (1-based). */
  seq: number;
  /** Kept on the projects that carry it, no longer offered for new ones. */
  retired: boolean;
  /** Projects (archived included) carrying the value. */
  usage: number;
}

const value = z.string().trim().min(1, { message: '不能为空' }).max(40, { message: '不能超过40个字' });

export const codeListMethods = {
  /** Every value of every list, retired ones included, with how many projects use each. */
  'codeLists.entries': query<CodeListEntry[]>()(none),
  'codeLists.add': command<CodeLists>()(z.object({ list: codeListNameSchema, value }).strict()),
  /** Renames a value on every project that carries it (one transaction, in the history); into an existing value it merges. */
  'codeLists.rename': command<{ projects: number; merged: boolean }>()(z.object({ list: codeListNameSchema, value, to: value }).strict()),
  'codeLists.retire': command<CodeLists>()(z.object({ list: codeListNameSchema, value, retired: z.boolean() }).strict()),
  'codeLists.reorder': command<CodeLists>()(z.object({ list: codeListNameSchema, values: z.array(value).min(1).max(500) }).strict()),
  /** Removes a value no project uses; a value in use is refused (retire it instead). */
  'codeLists.remove': command<CodeLists>()(z.object({ list: codeListNameSchema, value }).strict()),
};
