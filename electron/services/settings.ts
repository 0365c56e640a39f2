/** 代码表 and 设置. */

import { inTransaction } from '../db/db';
import { readCodeLists, replaceCodeList } from '../db/queries/codeLists';
import { recordChanges } from '../db/queries/changes';
import { LedgerError } from '../../shared/errors';
import type { HandlerMap } from './context';
import { actorFor, readSettings, writeSettings } from './settingsStore';

export const settingsHandlers: HandlerMap<'codeLists.get' | 'codeLists.set' | 'settings.get' | 'settings.update'> = {
  async 'codeLists.get'(_args, ctx) {
    return readCodeLists(ctx.db);
  },

  async 'codeLists.set'({ list, values }, ctx) {
    const unique = [...new Set(values)];
    if (unique.length !== values.length) {
      throw new LedgerError('invalid_input', '代码表中有重复的值', 'The code list has duplicate values', [{ path: 'values', message: '有重复的值', messageEn: 'duplicates' }]);
    }
    await inTransaction(ctx.db, async () => {
      const before = (await readCodeLists(ctx.db))[list];
      await replaceCodeList(ctx.db, list, values);
      await recordChanges(ctx.db, [{ at: ctx.clock.now(), actor: ctx.actor, entity: 'codeList', entityId: 0, projectId: null, field: list, before, after: values }]);
    });
    return readCodeLists(ctx.db);
  },

  async 'settings.get'(_args, ctx) {
    return readSettings(ctx.db);
  },

  async 'settings.update'(changes, ctx) {
    await inTransaction(ctx.db, async () => {
      const before = await readSettings(ctx.db);
      const merged = { ...before, ...changes };
      if (merged.agingRedMonths < merged.agingYellowMonths) {
        throw new LedgerError('invalid_input', '变红的无进展月数不能少于变黄的月数', 'Months before red cannot be fewer than months before yellow', [
          { path: 'agingRedMonths', message: '不能少于变黄月数', messageEn: 'fewer than yellow' },
        ]);
      }
      await writeSettings(ctx.db, changes);
      ctx.actor = actorFor(merged, ctx);
      await recordChanges(
        ctx.db,
        Object.entries(changes).map(([k, v]) => ({ at: ctx.clock.now(), actor: ctx.actor, entity: 'settings', entityId: 0, projectId: null, field: k, before: before[k as keyof typeof before], after: v })),
      );
    });
    return readSettings(ctx.db);
  },
};
