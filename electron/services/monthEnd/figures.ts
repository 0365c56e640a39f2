/**
 * A month's figures per project: frozen when the month is closed, else judged as of its 截至日期
 * (the month's last day once it is over): node dates after that day not yet happened, 卡点 open on
 * that day, progress recorded up to it, 1–N月 up to the month.
 */

import { listProjects, type ProjectQuery } from '../../db/queries/projects';
import { nodesByProject } from '../../db/queries/nodes';
import { completedYearToDate } from '../../db/queries/monthly';
import { getClosing, lastProgressMonthsAsOf, problemsOpenOn, snapshotProjects } from '../../db/queries/monthSnapshots';
import { nodeLights, projectLight, type OpenProblem } from '../../../shared/domain/lights';
import { asOfDate, nodesAsOf, type MonthClosing, type ProjectSnapshot, type SnapshotProblem } from '../../../shared/domain/monthEnd';
import { deriveStage, isActiveStage } from '../../../shared/domain/stage';
import { monthOf } from '../../../shared/domain/dates';
import type { Project } from '../../../shared/domain/types';
import { currentAndNext } from '../registerRows';
import { readSettings } from '../settingsStore';
import type { ServiceContext } from '../context';

/**
 * Each project's register row, nodes with lights and open 卡点 as they stood on `asOf`. The stage is
 * re-derived from the nodes done by then when a month is closed or compared ('asOf'); a report of a
 * past month not closed keeps the stage the register holds ('live'), so its subtotals stay equal to
 * 投资汇总 of that month, which groups by the register's stage.
 */
export async function snapshotsAsOf(ctx: ServiceContext, projects: Project[], month: string, asOf: string, stageOf: 'asOf' | 'live' = 'asOf'): Promise<ProjectSnapshot[]> {
  const settings = await readSettings(ctx.db);
  const nodes = await nodesByProject(ctx.db);
  const ytd = await completedYearToDate(ctx.db, month);
  const progress = await lastProgressMonthsAsOf(ctx.db, asOf);
  const problems = new Map<number, SnapshotProblem[]>();
  for (const p of await problemsOpenOn(ctx.db, asOf)) {
    let list = problems.get(p.project_id);
    if (!list) problems.set(p.project_id, (list = []));
    list.push({ id: p.id, nodeId: p.node_id, text: p.text, department: p.department, promisedOn: p.promised_on });
  }
  return projects.map((p) => {
    const projectNodes = nodesAsOf(nodes.get(p.id) ?? [], asOf);
    const stage = stageOf === 'asOf' ? deriveStage(projectNodes, p.stageOverride) : p.stage;
    const open = problems.get(p.id) ?? [];
    const input = {
      nodes: projectNodes,
      // As the register does: a project under way that never reported progress ages from its signing.
      lastProgressMonth: progress.get(p.id) ?? (p.signedOn ? monthOf(p.signedOn) : null),
      active: isActiveStage(stage),
      terminated: stage === '终止',
      problems: open.map((q): OpenProblem => ({ nodeId: q.nodeId, text: q.text, promisedOn: q.promisedOn })),
    };
    const lights = nodeLights(input, asOf, settings);
    return {
      row: { ...p, stage, light: projectLight(input, asOf, settings), completedYtd: ytd.get(p.id) ?? 0, ...currentAndNext(projectNodes) },
      nodes: projectNodes.map((n, i) => ({ ...n, light: lights[i] ?? { status: '未开始', color: 'grey' } })),
      openProblems: open,
    };
  });
}

export interface MonthFigures {
  month: string;
  asOf: string;
  /** The closing the figures come from; null when they are judged from live data. */
  closing: MonthClosing | null;
  projects: ProjectSnapshot[];
}

/** A month's figures: its closing when closed, else live data judged as of the month's 截至日期. */
export async function monthFigures(ctx: ServiceContext, month: string): Promise<MonthFigures> {
  const closing = await getClosing(ctx.db, month);
  if (closing) return { month, asOf: closing.asOf, closing, projects: await snapshotProjects(ctx.db, month) };
  const asOf = asOfDate(month, ctx.clock.today());
  return { month, asOf, closing: null, projects: await snapshotsAsOf(ctx, await listProjects(ctx.db, {}), month, asOf) };
}

/** The register's filter applied to frozen rows, as listProjects applies it in SQL. */
export function matchesFilter(p: Project, filter: Omit<ProjectQuery, 'includeArchived'>): boolean {
  for (const key of ['chain', 'area', 'stage', 'level'] as const) {
    if (filter[key] && p[key] !== filter[key]) return false;
  }
  const q = filter.query;
  if (!q) return true;
  return [p.name, p.company, p.code, p.nationalCode ?? '', p.progressNote, p.problems].some((text) => text.includes(q));
}
