/** 月结 and 比上月 handlers: close a month, list the closed ones, read one back, compare with the last. */

import { inTransaction } from '../../db/db';
import { listProjects } from '../../db/queries/projects';
import { recordChanges } from '../../db/queries/changes';
import { getClosing, listClosings, saveClosing, snapshotProjects } from '../../db/queries/monthSnapshots';
import { lightRulesFootnote } from '../../../shared/domain/lightRules';
import { asOfDate, monthLabel, type MonthClosing } from '../../../shared/domain/monthEnd';
import { monthOf } from '../../../shared/domain/dates';
import { LedgerError } from '../../../shared/errors';
import { readSettings } from '../settingsStore';
import type { HandlerMap, ServiceContext } from '../context';
import { matchesFilter, snapshotsAsOf } from './figures';
import { monthChanges } from './changes';

/** "2026-11-03 09:15" from an ISO timestamp, in the machine's time zone. */
function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function requireClosing(ctx: ServiceContext, month: string): Promise<MonthClosing> {
  const closing = await getClosing(ctx.db, month);
  if (!closing) throw new LedgerError('not_found', `${monthLabel(month)}尚未月结，没有冻结的数据`, `${month} has not been closed: there are no frozen figures for it`);
  return closing;
}

export const monthEndHandlers: HandlerMap<'months.list' | 'months.close' | 'months.rows' | 'months.changes'> = {
  async 'months.list'(_input, ctx) {
    return { closings: await listClosings(ctx.db), currentMonth: monthOf(ctx.clock.today()) };
  },

  async 'months.close'({ month, replace }, ctx) {
    const today = ctx.clock.today();
    if (month > monthOf(today)) {
      throw new LedgerError('invalid_input', `${monthLabel(month)}尚未开始，不能月结（今天是 ${today}）`, `${month} has not begun yet (today is ${today}): it cannot be closed`);
    }
    return inTransaction(ctx.db, async () => {
      const existing = await getClosing(ctx.db, month);
      if (existing && !replace) {
        throw new LedgerError('conflict',
          `${monthLabel(month)}已于 ${when(existing.closedAt)} 由 ${existing.actor} 月结；重新月结将用当前数据替换原来冻结的数据`,
          `${month} was closed on ${when(existing.closedAt)} by ${existing.actor}; closing it again replaces its frozen figures with today's data`);
      }
      const asOf = asOfDate(month, today);
      const projects = await snapshotsAsOf(ctx, await listProjects(ctx.db, {}), month, asOf);
      const closing: MonthClosing = { month, asOf, closedAt: ctx.clock.now(), actor: ctx.actor, lightRules: lightRulesFootnote(await readSettings(ctx.db)), projects: projects.length };
      await saveClosing(ctx.db, closing, projects);
      await recordChanges(ctx.db, [{
        at: closing.closedAt, actor: ctx.actor, entity: 'month', entityId: Number(month.replace('-', '')), projectId: null, field: 'closed',
        before: existing ? `月结于 ${when(existing.closedAt)}（${existing.actor}，${existing.projects}个项目）` : null,
        after: `${existing ? '重新月结' : '月结'} ${monthLabel(month)}（截至 ${asOf}，${projects.length}个项目）`,
      }]);
      return closing;
    });
  },

  async 'months.rows'({ month, filter }, ctx) {
    const closing = await requireClosing(ctx, month);
    const rows = (await snapshotProjects(ctx.db, month)).map((p) => p.row).filter((row) => matchesFilter(row, filter ?? {}));
    return { closing, rows };
  },

  async 'months.changes'({ month }, ctx) {
    return monthChanges(ctx, month);
  },
};

