/**
 * What a schedule edit implies beyond the edited cell, so the schedule never contradicts itself:
 * actual dates are not in the future and a node does not end before it starts; a node with an
 * actual end is 100% done; and the project's 计划开工/计划竣工 follow their milestones' plans
 * when those move (directly or by 后续节点顺延).
 */

import { updateProjectFields } from '../db/queries/projects';
import type { ChangeInput } from '../db/queries/changes';
import type { IsoDate } from '../../shared/domain/dates';
import type { ProjectFields, ScheduleNode } from '../../shared/domain/types';
import type { ServiceContext } from './context';
import { invalidField } from './errors';
import { requireProject } from './projects';

type ActualFields = Pick<ScheduleNode, 'actualStart' | 'actualEnd'>;

const ACTUAL_LABEL = { actualStart: ['实际开始', 'actual start'], actualEnd: ['实际完成', 'actual end'] } as const;

/** Refuses an actual date after today, or an actual end before the actual start, naming the node. */
export function refuseImpossibleActuals(nodeName: string, node: ActualFields, today: IsoDate): void {
  for (const field of ['actualStart', 'actualEnd'] as const) {
    const value = node[field];
    if (value && value > today) {
      const [zh, en] = ACTUAL_LABEL[field];
      throw invalidField(field, `节点「${nodeName}」的${zh}日期 ${value} 晚于今天（${today}）：实际日期只能填已经发生的日期，未来的安排请填计划日期`,
        `Node "${nodeName}": the ${en} date ${value} is after today (${today}); actual dates must have happened — put future dates in the plan`);
    }
  }
  if (node.actualStart && node.actualEnd && node.actualEnd < node.actualStart) {
    throw invalidField('actualEnd', `节点「${nodeName}」的实际完成日期 ${node.actualEnd} 早于实际开始日期 ${node.actualStart}`,
      `Node "${nodeName}": the actual end ${node.actualEnd} is before the actual start ${node.actualStart}`);
  }
}

/** A node given an actual end without a percent is done: 100%, not the 0 it had. */
export function withCompletedPercent<T extends Partial<Pick<ScheduleNode, 'actualEnd' | 'percent'>>>(changes: T, currentPercent: number): T {
  if (changes.actualEnd && changes.percent === undefined && currentPercent < 100) return { ...changes, percent: 100 };
  return changes;
}

/** The project fields that mirror a milestone's planned end (as the generator and templates set them). */
const MIRRORED: ReadonlyArray<readonly [string, 'plannedStart' | 'plannedCompletion']> = [
  ['开工', 'plannedStart'],
  ['竣工', 'plannedCompletion'],
];

function plannedEndOf(nodes: readonly Pick<ScheduleNode, 'name' | 'plannedEnd'>[], name: string): IsoDate | null | undefined {
  const node = nodes.find((n) => n.name === name);
  return node ? node.plannedEnd : undefined;
}

/**
 * After a schedule change: where the 开工 or 竣工 node's planned end moved (from `before` to the
 * nodes now stored), the project's 计划开工/计划竣工 move with it. Returns the history rows; the
 * caller holds the transaction.
 */
export async function followMilestonePlans(ctx: ServiceContext, projectId: number, before: readonly ScheduleNode[], after: readonly ScheduleNode[]): Promise<ChangeInput[]> {
  const project = await requireProject(ctx, projectId);
  const changes: Partial<ProjectFields> = {};
  const audit: ChangeInput[] = [];
  for (const [milestone, field] of MIRRORED) {
    const was = plannedEndOf(before, milestone);
    const now = plannedEndOf(after, milestone);
    if (now === undefined || now === null || now === was || project[field] === now) continue;
    changes[field] = now;
    audit.push({ at: ctx.clock.now(), actor: ctx.actor, entity: 'project', entityId: projectId, projectId, field, before: project[field], after: now });
  }
  // The schedule change that moved the milestone bumps the version once for the whole edit.
  if (audit.length) await updateProjectFields(ctx.db, projectId, changes, ctx.clock.now(), { bump: false });
  return audit;
}
