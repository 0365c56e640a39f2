/** 代码表 administration: add, rename (projects follow), retire, reorder, remove an unused value. */

import { inTransaction } from '../db/db';
import { recordChanges, type ChangeInput } from '../db/queries/changes';
import {
  appendCodeValue, codeValueExists, deleteCodeValue, projectsWithCodeValue, readCodeListEntries, readCodeLists,
  renameCodeValue, reorderCodeList, setCodeValueRetired,
} from '../db/queries/codeLists';
import { PROJECT_FIELD_LABELS } from '../../shared/domain/fields';
import type { CodeListName } from '../../shared/domain/types';
import { LedgerError } from '../../shared/errors';
import type { HandlerMap, ServiceContext } from './context';

function label(list: CodeListName): { zh: string; en: string } {
  return PROJECT_FIELD_LABELS[list];
}

async function mustExist(ctx: ServiceContext, list: CodeListName, value: string): Promise<void> {
  if (!await codeValueExists(ctx.db, list, value)) {
    throw new LedgerError('not_found', `${label(list).zh}代码表中没有「${value}」`, `"${value}" is not in the ${label(list).en} list`);
  }
}

function logList(ctx: ServiceContext, list: CodeListName, before: string | null, after: string | null): ChangeInput {
  return { at: ctx.clock.now(), actor: ctx.actor, entity: 'code_list', entityId: 0, projectId: null, field: list, before, after };
}

export const codeListHandlers: HandlerMap<'codeLists.entries' | 'codeLists.add' | 'codeLists.rename' | 'codeLists.retire' | 'codeLists.reorder' | 'codeLists.remove'> = {
  async 'codeLists.entries'(_args, ctx) {
    return readCodeListEntries(ctx.db);
  },

  async 'codeLists.add'({ list, value }, ctx) {
    await inTransaction(ctx.db, async () => {
      if (await codeValueExists(ctx.db, list, value)) {
        throw new LedgerError('conflict', `${label(list).zh}代码表中已有「${value}」`, `"${value}" is already in the ${label(list).en} list`, [{ path: 'value', message: '已存在', messageEn: 'already there' }]);
      }
      await appendCodeValue(ctx.db, list, value);
      await recordChanges(ctx.db, [logList(ctx, list, null, value)]);
    });
    return readCodeLists(ctx.db);
  },

  async 'codeLists.rename'({ list, value, to }, ctx) {
    if (value === to) return { projects: 0, merged: false };
    return inTransaction(ctx.db, async () => {
      await mustExist(ctx, list, value);
      const merged = await codeValueExists(ctx.db, list, to);
      const ids = await projectsWithCodeValue(ctx.db, list, value);
      const now = ctx.clock.now();
      if (merged) {
        // Into an existing value: the projects move there and the old value goes.
        await renameCodeValueOnProjects(ctx, list, value, to, now);
        await deleteCodeValue(ctx.db, list, value);
      } else {
        await renameCodeValue(ctx.db, list, value, to, now);
      }
      await recordChanges(ctx.db, [
        logList(ctx, list, value, to),
        ...ids.map((id): ChangeInput => ({ at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field: list, before: value, after: to })),
      ]);
      return { projects: ids.length, merged };
    });
  },

  async 'codeLists.retire'({ list, value, retired }, ctx) {
    await inTransaction(ctx.db, async () => {
      await mustExist(ctx, list, value);
      await setCodeValueRetired(ctx.db, list, value, retired);
      await recordChanges(ctx.db, [logList(ctx, list, retired ? value : `${value}（停用）`, retired ? `${value}（停用）` : value)]);
    });
    return readCodeLists(ctx.db);
  },

  async 'codeLists.reorder'({ list, values }, ctx) {
    await inTransaction(ctx.db, async () => {
      const before = (await readCodeLists(ctx.db, { includeRetired: true }))[list];
      await reorderCodeList(ctx.db, list, values);
      const after = (await readCodeLists(ctx.db, { includeRetired: true }))[list];
      if (before.join('\u0000') !== after.join('\u0000')) await recordChanges(ctx.db, [logList(ctx, list, before.join('、'), after.join('、'))]);
    });
    return readCodeLists(ctx.db);
  },

  async 'codeLists.remove'({ list, value }, ctx) {
    await inTransaction(ctx.db, async () => {
      await mustExist(ctx, list, value);
      const using = (await projectsWithCodeValue(ctx.db, list, value)).length;
      if (using > 0) {
        throw new LedgerError(
          'refused',
          `「${value}」有 ${using} 个项目在用，不能删除。可以改名（项目随之更新），或停用（已有项目保留，新项目不再可选）。`,
          `"${value}" is used by ${using} projects and cannot be deleted; rename it (projects follow) or retire it (kept on existing projects, not offered for new ones).`,
        );
      }
      await deleteCodeValue(ctx.db, list, value);
      await recordChanges(ctx.db, [logList(ctx, list, value, null)]);
    });
    return readCodeLists(ctx.db);
  },
};

async function renameCodeValueOnProjects(ctx: ServiceContext, list: CodeListName, value: string, to: string, now: string): Promise<void> {
  // The list entry `to` exists already: only the projects change.
  await renameCodeValue(ctx.db, list, value, to, now, { projectsOnly: true });
}
