/**
 * 汇总: rollups over the same project query the register uses, so a rollup cell is by
 * construction the sum of its register slice. Lights are not needed here, so nodes are not read.
 */

import { monthOf } from '../../shared/domain/dates';
import { rollupBy } from '../../shared/domain/rollup';
import { listProjects } from '../db/queries/projects';
import { completedYearToDate } from '../db/queries/monthly';
import type { HandlerMap } from './context';

export const rollupHandlers: HandlerMap<'rollups.by'> = {
  async 'rollups.by'({ by, month, filter }, ctx) {
    const ytd = completedYearToDate(ctx.db, month ?? monthOf(ctx.clock.today()));
    const projects = listProjects(ctx.db, filter ?? {}).map((p) => ({ ...p, completedYtd: ytd.get(p.id) ?? 0 }));
    return rollupBy(projects, by);
  },
};
