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

async function writeOne(ctx: ServiceContext, w: PlannedWrite, now: string, batchId: number): Promise<void> {
  const audit = { at: now, actor: ctx.actor, projectId: w.projectId, batchId };
  if (w.kind === 'project') {
    const before = (await getProject(ctx.db, w.projectId))?.[w.field] ?? null;
    await updateProjectFields(ctx.db, w.projectId, { [w.field]: w.after } as Partial<ProjectFields>, now);
    await recordChanges(ctx.db, [{ ...audit, entity: 'project', entityId: w.projectId, field: w.field, before, after: w.after }]);
  } else if (w.kind === 'monthly') {
    const existing = await getMonthly(ctx.db, w.projectId, w.month);
    const base = existing ?? { projectId: w.projectId, month: w.month, planned: 0, completed: 0, progressNote: '', problems: '' };
    await upsertMonthly(ctx.db, { ...base, [w.field]: w.after });
    // A month row the merge created has no "before": undo removes the row again.
    await recordChanges(ctx.db, [{ ...audit, entity: 'monthly', entityId: w.projectId, field: `${w.month}.${w.field}`, before: existing ? existing[w.field] : null, after: w.after }]);
  } else {
    const node = await getNode(ctx.db, w.node.id);
    if (!node) return;
    // As in the schedule editor: a node given an actual end is 100% done.
    const asked: Partial<Pick<ScheduleNode, 'plannedEnd' | 'actualStart' | 'actualEnd' | 'percent'>> = { [w.field]: w.after };
    const changes = withCompletedPercent(asked, node.percent);
    await updateNodeFields(ctx.db, node.id, changes);
    await recordChanges(ctx.db, (Object.keys(changes) as Array<keyof typeof changes>).map((f) => ({
      ...audit, entity: 'node', entityId: node.id, field: `${node.name}.${f}`, before: node[f], after: changes[f],
    })));
  }
}

export async function commitCollect(ctx: ServiceContext, fileName: string, tpl: ReturnedTemplate, expectedMonth: string | undefined): Promise<CollectResult> {
  return await inTransaction(ctx.db, async () => {
    const plan: CollectPlan = await planCollect(ctx, fileName, tpl, expectedMonth);
    const { preview, round } = plan;
    if (preview.refused || !round) {
      const r = preview.refused;
      throw new LedgerError('invalid_input', r?.message ?? `「${fileName}」未合并`, r?.messageEn ?? `"${fileName}" was not merged`);
    }
    const now = ctx.clock.now();
    const batchId = await insertBatch(ctx.db, { fileName, encoding: `template:${round.templateId}`, mode: 'collect', createdAt: now, actor: ctx.actor });
    const touched = new Set<number>();
    const schedules = new Set<number>();
    // The schedules as they were, so 计划开工/计划竣工 can follow a milestone the merge moved.
    const nodesBefore = new Map<number, ScheduleNode[]>();
    for (const w of plan.writes) if (w.kind === 'node' && !nodesBefore.has(w.projectId)) nodesBefore.set(w.projectId, await listNodes(ctx.db, w.projectId));
    for (const w of plan.writes) {
      await writeOne(ctx, w, now, batchId);
      touched.add(w.projectId);
      if (w.kind === 'node' || (w.kind === 'project' && w.field === 'stageOverride')) schedules.add(w.projectId);
    }
    for (const [id, before] of nodesBefore) {
      const follow = await followMilestonePlans(ctx, id, before, await listNodes(ctx.db, id));
      await recordChanges(ctx.db, follow.map((c) => ({ ...c, batchId })));
    }
    for (const id of schedules) await refreshStage(ctx, id, (await getProject(ctx.db, id))?.stageOverride ?? null);
    for (const id of touched) await bumpVersion(ctx.db, id, now);
    await setBatchCounts(ctx.db, batchId, { added: 0, updated: preview.counts.update, rejected: preview.counts.refused });
    await insertReturn(ctx.db, { roundId: round.id, batchId, fileName, reporter: tpl.reporter, returnedAt: now, actor: ctx.actor });
    return { ...preview, batchId };
  });
}
