/**
 * Merging a returned template: one transaction holding an import batch (so 导入 → 撤销 takes it
 * back with the same checks), every write with its audit row carrying the batch id, the stage
 * re-derived where node dates moved, and the return recorded against the unit's round.
 */

import { LedgerError } from '../../../shared/errors';
import type { CollectResult } from '../../../shared/rounds/types';
import type { ProjectFields, ScheduleNode } from '../../../shared/domain/types';
import { inTransaction } from '../../db/db';
import { recordChanges } from '../../db/queries/changes';
import { insertBatch, setBatchCounts } from '../../db/queries/imports';
import { getMonthly, upsertMonthly } from '../../db/queries/monthly';
import { getNode, listNodes, updateNodeFields } from '../../db/queries/nodes';
import { bumpVersion, getProject, updateProjectFields } from '../../db/queries/projects';
import { insertReturn } from '../../db/queries/fillRounds';
import type { ServiceContext } from '../context';
import { refreshStage } from '../projectGraph';
import { followMilestonePlans, withCompletedPercent } from '../nodeConsistency';
import { planCollect, type CollectPlan, type PlannedWrite } from './collectPlan';
import type { ReturnedTemplate } from './readTemplate';

function writeOne(ctx: ServiceContext, w: PlannedWrite, now: string, batchId: number): void {
  const audit = { at: now, actor: ctx.actor, projectId: w.projectId, batchId };
  if (w.kind === 'project') {
    const before = getProject(ctx.db, w.projectId)?.[w.field] ?? null;
    updateProjectFields(ctx.db, w.projectId, { [w.field]: w.after } as Partial<ProjectFields>, now);
    recordChanges(ctx.db, [{ ...audit, entity: 'project', entityId: w.projectId, field: w.field, before, after: w.after }]);
  } else if (w.kind === 'monthly') {
    const existing = getMonthly(ctx.db, w.projectId, w.month);
    const base = existing ?? { projectId: w.projectId, month: w.month, planned: 0, completed: 0, progressNote: '', problems: '' };
    upsertMonthly(ctx.db, { ...base, [w.field]: w.after });
    // A month row the merge created has no "before": undo removes the row again.
    recordChanges(ctx.db, [{ ...audit, entity: 'monthly', entityId: w.projectId, field: `${w.month}.${w.field}`, before: existing ? existing[w.field] : null, after: w.after }]);
  } else {
    const node = getNode(ctx.db, w.node.id);
    if (!node) return;
    // As in the schedule editor: a node given an actual end is 100% done.
    const asked: Partial<Pick<ScheduleNode, 'plannedEnd' | 'actualStart' | 'actualEnd' | 'percent'>> = { [w.field]: w.after };
    const changes = withCompletedPercent(asked, node.percent);
    updateNodeFields(ctx.db, node.id, changes);
    recordChanges(ctx.db, (Object.keys(changes) as Array<keyof typeof changes>).map((f) => ({
      ...audit, entity: 'node', entityId: node.id, field: `${node.name}.${f}`, before: node[f], after: changes[f],
    })));
  }
}

export function commitCollect(ctx: ServiceContext, fileName: string, tpl: ReturnedTemplate, expectedMonth: string | undefined): CollectResult {
  return inTransaction(ctx.db, () => {
    const plan: CollectPlan = planCollect(ctx, fileName, tpl, expectedMonth);
    const { preview, round } = plan;
    if (preview.refused || !round) {
      const r = preview.refused;
      throw new LedgerError('invalid_input', r?.message ?? `「${fileName}」未合并`, r?.messageEn ?? `"${fileName}" was not merged`);
    }
    const now = ctx.clock.now();
    const batchId = insertBatch(ctx.db, { fileName, encoding: `template:${round.templateId}`, mode: 'collect', createdAt: now, actor: ctx.actor });
    const touched = new Set<number>();
    const schedules = new Set<number>();
    // The schedules as they were, so 计划开工/计划竣工 can follow a milestone the merge moved.
    const nodesBefore = new Map<number, ScheduleNode[]>();
    for (const w of plan.writes) if (w.kind === 'node' && !nodesBefore.has(w.projectId)) nodesBefore.set(w.projectId, listNodes(ctx.db, w.projectId));
    for (const w of plan.writes) {
      writeOne(ctx, w, now, batchId);
      touched.add(w.projectId);
      if (w.kind === 'node' || (w.kind === 'project' && w.field === 'stageOverride')) schedules.add(w.projectId);
    }
    for (const [id, before] of nodesBefore) {
      const follow = followMilestonePlans(ctx, id, before, listNodes(ctx.db, id));
      recordChanges(ctx.db, follow.map((c) => ({ ...c, batchId })));
    }
    for (const id of schedules) refreshStage(ctx, id, getProject(ctx.db, id)?.stageOverride ?? null);
    for (const id of touched) bumpVersion(ctx.db, id, now);
    setBatchCounts(ctx.db, batchId, { added: 0, updated: preview.counts.update, rejected: preview.counts.refused });
    insertReturn(ctx.db, { roundId: round.id, batchId, fileName, reporter: tpl.reporter, returnedAt: now, actor: ctx.actor });
    return { ...preview, batchId };
  });
}
