/** 晾晒比拼: the quarter's ranking of areas or 责任单位, beside the quarter before. */

import { asOfDay, rankGroups, type RankingProject } from '../../shared/domain/ranking';
import { previousQuarter, quarterOf, quarterRange } from '../../shared/domain/rollupQuarters';
import { listProjects } from '../db/queries/projects';
import { completedYearToDate } from '../db/queries/monthly';
import { nodeDates } from '../db/queries/rollups';
import type { HandlerMap } from './context';

export const rankingHandlers: HandlerMap<'rollups.ranking'> = {
  async 'rollups.ranking'({ group, quarter }, ctx) {
    const today = ctx.clock.today();
    const current = quarter ?? quarterOf(today);
    const before = previousQuarter(current);
    const projects = await listProjects(ctx.db, {});
    const byProject = new Map<number, RankingProject>(projects.map((p) => [p.id, {
      area: p.area, ownerUnit: p.ownerUnit, signedOn: p.signedOn, annualPlan: p.annualPlan, startedOn: null, completedOn: null, nodes: [],
    }]));
    for (const n of await nodeDates(ctx.db)) {
      const p = byProject.get(n.projectId);
      if (!p) continue;
      p.nodes.push({ plannedEnd: n.plannedEnd, actualEnd: n.actualEnd });
      if (n.name === '开工' && n.actualEnd) p.startedOn = n.actualEnd;
      if (n.name === '竣工' && n.actualEnd) p.completedOn = n.actualEnd;
    }
    const ytdNow = await completedYearToDate(ctx.db, quarterRange(current).lastMonth);
    const ytdBefore = await completedYearToDate(ctx.db, quarterRange(before).lastMonth);
    const rows = rankGroups({
      group, quarter: current, previousQuarter: before, today,
      projects: projects.map((p) => byProject.get(p.id)!),
      completedYtd: projects.map((p) => ytdNow.get(p.id) ?? 0),
      previousCompletedYtd: projects.map((p) => ytdBefore.get(p.id) ?? 0),
    });
    return { quarter: current, previousQuarter: before, asOf: asOfDay(current, today), previousAsOf: asOfDay(before, today), rows };
  },
};
