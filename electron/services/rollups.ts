/** 汇总: rollups over the register rows, so a rollup total is by construction the sum of its slice. */

import { monthOf } from '../../shared/domain/dates';
import { rollupBy } from '../../shared/domain/rollup';
import type { HandlerMap } from './context';
import { listRows } from './registerRows';

export const rollupHandlers: HandlerMap<'rollups.by'> = {
  async 'rollups.by'({ by, month, filter }, ctx) {
    const rows = listRows(ctx, filter ?? {}, month ?? monthOf(ctx.clock.today()));
    return rollupBy(rows, by);
  },
};
