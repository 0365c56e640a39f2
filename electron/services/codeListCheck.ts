/** Values of 产业链/区域/级别/类型/来源 must come from their code lists. */

import { readCodeLists } from '../db/queries/codeLists';
import { PROJECT_FIELD_LABELS } from '../../shared/domain/fields';
import type { CodeListName, ProjectFields } from '../../shared/domain/types';
import type { Db } from '../db/db';
import { invalidField } from './errors';

const CODED_FIELDS: ReadonlyArray<keyof ProjectFields & CodeListName> = ['chain', 'area', 'level', 'kind', 'source'];

export async function checkCodedValues(db: Db, fields: Partial<ProjectFields>): Promise<void> {
  const lists = await readCodeLists(db);
  for (const field of CODED_FIELDS) {
    const value = fields[field];
    if (value && !lists[field].includes(value)) {
      const label = PROJECT_FIELD_LABELS[field];
      throw invalidField(
        field,
        `${label.zh}「${value}」不在代码表中，可选：${lists[field].join('、')}（可在“设置与数据”中添加）`,
        `${label.en} "${value}" is not in its code list; choose one of: ${lists[field].join(', ')}`,
      );
    }
  }
}
