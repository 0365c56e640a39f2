/**
 * Writing a template's schedule into a project: the one place both 按模板生成 (one project, from
 * 项目详情) and 按模板批量生成 (many, from the register or an import) go through.
 */

import { insertNode, type NodeFields } from '../db/queries/nodes';
import { bumpVersion } from '../db/queries/projects';
import { templateSchedule } from '../../shared/domain/templates';
import type { IsoDate } from '../../shared/domain/dates';
import type { NodeTemplate, Project, ScheduleNode } from '../../shared/domain/types';
import type { ServiceContext } from './context';
import { refreshStage } from './projectGraph';

/**
 * Inserts the template's nodes from `start` (the caller has removed any old ones and holds the
 * transaction), re-derives the stage and bumps the version. Returns the new node ids in order.
 */
export async function writeTemplateSchedule(
  ctx: ServiceContext,
  project: Project,
  template: NodeTemplate,
  start: IsoDate,
  previous: readonly ScheduleNode[] = [],
): Promise<number[]> {
  const kept = new Map(previous.map((n) => [n.name, n]));
  const ids: number[] = [];
  for (const node of templateSchedule(template.steps, start, project.signedOn, kept)) {
    const fields: NodeFields = {
      name: node.name, milestone: node.milestone, plannedStart: node.plannedStart, plannedEnd: node.plannedEnd,
      actualStart: node.actualStart, actualEnd: node.actualEnd, percent: node.percent, note: node.note,
    };
    ids.push(await insertNode(ctx.db, project.id, node.seq, fields));
  }
  await refreshStage(ctx, project.id, project.stageOverride);
  await bumpVersion(ctx.db, project.id, ctx.clock.now());
  return ids;
}
