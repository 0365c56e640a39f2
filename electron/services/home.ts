/** 首页: the leader's summary of the register, and each user's 关注项目 kept under their name. */

import { inTransaction } from '../db/db';
import { readSettingValues, writeSetting } from '../db/queries/codeLists';
import { latestMonthWithFigures, overdueProblems } from '../db/queries/home';
import { daysBetween } from '../../shared/domain/dates';
import { summarizeHome } from '../../shared/domain/home';
import { defaultReportingMonth } from '../../shared/domain/reportingMonth';
import type { HandlerMap, ServiceContext } from './context';
import { allNodes, listRows } from './registerRows';
import { requireProject } from './projects';

const MAX_WATCHED = 200;

function watchKey(ctx: ServiceContext): string {
  return `watchlist:${ctx.actor}`;
}

async function readWatched(ctx: ServiceContext): Promise<number[]> {
  const stored = (await readSettingValues(ctx.db))[watchKey(ctx)];
  return Array.isArray(stored) ? stored.filter((v): v is number => Number.isSafeInteger(v)) : [];
}

export const homeHandlers: HandlerMap<'home.summary' | 'home.watch' | 'home.watched'> = {
  async 'home.summary'({ month }, ctx) {
    const today = ctx.clock.today();
    const shown = month ?? defaultReportingMonth(today, await latestMonthWithFigures(ctx.db));
    const rows = await listRows(ctx, {}, shown);
    return summarizeHome({
      today,
      month: shown,
      rows,
      // The register's cached nodes: reading all of them again cost seconds at 30,000 projects.
      nodes: await allNodes(ctx),
      overdueProblems: (await overdueProblems(ctx.db, today)).map((p) => ({
        id: p.id, projectId: p.project_id, projectName: p.project_name, nodeName: p.node_name, text: p.text,
        department: p.department, promisedOn: p.promised_on, daysLate: daysBetween(p.promised_on, today),
      })),
      watchedIds: await readWatched(ctx),
    });
  },

  async 'home.watch'({ projectId, watched }, ctx) {
    return inTransaction(ctx.db, async () => {
      await requireProject(ctx, projectId);
      const rest = (await readWatched(ctx)).filter((id) => id !== projectId);
      const next = watched ? [projectId, ...rest].slice(0, MAX_WATCHED) : rest;
      await writeSetting(ctx.db, watchKey(ctx), next);
      return next;
    });
  },

  async 'home.watched'(_args, ctx) {
    return readWatched(ctx);
  },
};
