/** 比上月 of a month: its figures (frozen, or live as of its end) against the latest month closed before it. */

import { allProblems, previousClosing, snapshotProjects } from '../../db/queries/monthSnapshots';
import { compareMonths, type MonthChanges } from '../../../shared/domain/monthChanges';
import type { ServiceContext } from '../context';
import { monthFigures } from './figures';

export async function monthChanges(ctx: ServiceContext, month: string): Promise<MonthChanges> {
  const current = await monthFigures(ctx, month);
  const before = await previousClosing(ctx.db, month);
  return compareMonths(
    // A month not closed is taken now: 卡点 recorded up to this moment count as new.
    { month, asOf: current.asOf, takenAt: current.closing?.closedAt ?? ctx.clock.now(), projects: current.projects },
    before ? { month: before.month, asOf: before.asOf, takenAt: before.closedAt, projects: await snapshotProjects(ctx.db, before.month) } : null,
    await allProblems(ctx.db),
    current.closing !== null,
  );
}
