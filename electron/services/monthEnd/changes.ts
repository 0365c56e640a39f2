/** 比上月 of a month: its figures (frozen, or live as of its end) against the latest month closed before it. */

import { allProblems, previousClosing, snapshotProjects } from '../../db/queries/monthSnapshots';
import { compareMonths, type MonthChanges } from '../../../shared/domain/monthChanges';
import type { ServiceContext } from '../context';
import { fillScopeIds } from '../team/scopeFilter';
import { monthFigures } from './figures';

export async function monthChanges(ctx: ServiceContext, month: string): Promise<MonthChanges> {
  const current = await monthFigures(ctx, month);
  const before = await previousClosing(ctx.db, month);
  // A 填报 compares their own projects only: the lists and the investment sums are of theirs.
  const scope = await fillScopeIds(ctx);
  const mine = <T,>(items: T[], id: (item: T) => number): T[] => (scope ? items.filter((item) => scope.has(id(item))) : items);
  return compareMonths(
    // A month not closed is taken now: 卡点 recorded up to this moment count as new.
    { month, asOf: current.asOf, takenAt: current.closing?.closedAt ?? ctx.clock.now(), projects: mine(current.projects, (p) => p.row.id) },
    before ? { month: before.month, asOf: before.asOf, takenAt: before.closedAt, projects: mine(await snapshotProjects(ctx.db, before.month), (p) => p.row.id) } : null,
    mine(await allProblems(ctx.db), (p) => p.projectId),
    current.closing !== null,
  );
}
