/** 月度投资: planned and completed investment with 形象进度 and 存在问题, per project and month. */

import { inTransaction } from '../db/db';
import { getMonthly, listMonthly, upsertMonthly } from '../db/queries/monthly';
import { recordChanges } from '../db/queries/changes';
import { bumpVersion } from '../db/queries/projects';
import type { MonthlyEntry } from '../../shared/domain/types';
import type { HandlerMap } from './context';
import { refuseStaleVersion, requireProject } from './projects';

export const monthlyHandlers: HandlerMap<'monthly.list' | 'monthly.set'> = {
  async 'monthly.list'({ projectId, year }, ctx) {
    await requireProject(ctx, projectId);
    return listMonthly(ctx.db, projectId, year);
  },

  async 'monthly.set'({ projectId, month, values, version }, ctx) {
    return inTransaction(ctx.db, async () => {
      await refuseStaleVersion(await requireProject(ctx, projectId), version, ctx);
      const before: MonthlyEntry = await getMonthly(ctx.db, projectId, month) ?? { projectId, month, planned: 0, completed: 0, progressNote: '', problems: '' };
      const after: MonthlyEntry = { ...before, ...values };
      await upsertMonthly(ctx.db, after);
      const now = ctx.clock.now();
      const changed = (Object.keys(values) as Array<keyof typeof values>).filter((k) => before[k] !== after[k]);
      if (changed.length) {
        await bumpVersion(ctx.db, projectId, now);
        await recordChanges(ctx.db, changed.map((k) => ({ at: now, actor: ctx.actor, entity: 'monthly', entityId: projectId, projectId, field: `${month}.${k}`, before: before[k], after: after[k] })));
      }
      return after;
    });
  },
};
