/** 代码表 and 设置. */

import { z } from 'zod';
import type { CodeLists, Settings } from '../domain/types';
import { codeListNameSchema, settingsSchema } from '../schemas';
import { command, none, query } from './method';

export const settingsMethods = {
  'codeLists.get': query<CodeLists>()(none),
  'codeLists.set': command<CodeLists>()(
    z.object({ list: codeListNameSchema, values: z.array(z.string().trim().min(1).max(40)).min(1).max(500) }).strict(),
  ),
  'settings.get': query<Settings>()(none),
  'settings.update': command<Settings>()(settingsSchema.partial().strict()),
};
