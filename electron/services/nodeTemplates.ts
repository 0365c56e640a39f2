/**
 * 按模板批量生成节点: one template applied, in one transaction, to every chosen project that has
 * no nodes yet, each from its own 签约日期 (or 计划开工, see templateAnchor). Projects with nodes
 * are skipped and counted; projects with neither date are skipped and listed with the reason.
 * The operation is one head row in the audit trail (its id is the operation id) plus one row per
 * project naming it; undo removes exactly the nodes it created, and is refused when any of those
 * projects' schedules was edited since (undoing would throw that work away).
 */

import { inTransaction } from '../db/db';
import { recordChanges } from '../db/queries/changes';
import { getProject } from '../db/queries/projects';
import { getTemplate } from '../db/queries/templates';
import {
  deleteNodeIds, getRun, insertRunHead, insertRunUndo, lastChangeId, laterScheduleEdit, nodeCount, nodeIdsOf,
  projectsAddedByBatch, projectsWithoutNodes, runUndoneAt, setRunRecord, setRunUndoRecord, type TemplateRunRecord,
} from '../db/queries/templateRuns';
import { templateAnchor } from '../../shared/domain/templates';
import { formatLocalDateTime } from '../../shared/domain/localTime';
import { LedgerError } from '../../shared/errors';
import type { TemplateBulkApplied, TemplateBulkSkipped } from '../../shared/api/nodeTemplates';
import type { HandlerMap, ServiceContext } from './context';
import { notFound } from './errors';
import { writeTemplateSchedule } from './templateSchedule';
import { refreshStage } from './projectGraph';
import { bumpVersion } from '../db/queries/projects';

const FROM_TEXT = { signedOn: '签约日期', plannedStart: '计划开工' } as const;

async function targetIds(ctx: ServiceContext, args: { projectIds?: number[] | undefined; batchId?: number | undefined }): Promise<number[]> {
  if (args.projectIds) return [...new Set(args.projectIds)];
  if (args.batchId !== undefined) return await projectsAddedByBatch(ctx.db, args.batchId);
  return await projectsWithoutNodes(ctx.db);
}

export const nodeTemplateHandlers: HandlerMap<'nodes.applyTemplateBulk' | 'nodes.undoTemplateBulk'> = {
  async 'nodes.applyTemplateBulk'(args, ctx) {
    return inTransaction(ctx.db, async () => {
      const template = await getTemplate(ctx.db, args.templateId);
      if (!template) throw notFound('节点模板', 'Node template', args.templateId);
      const now = ctx.clock.now();
      const applied: TemplateBulkApplied[] = [];
      const skipped: TemplateBulkSkipped[] = [];
      let skippedWithNodes = 0;
      const record: TemplateRunRecord = { templateId: template.id, template: template.name, projects: [], lastChangeId: 0 };
      let headId: number | null = null;
      for (const projectId of await targetIds(ctx, args)) {
        const project = await getProject(ctx.db, projectId);
        if (!project) {
          skipped.push({ projectId, code: '', name: '', reason: `项目 ${projectId} 不存在`, reasonEn: `project ${projectId} does not exist` });
          continue;
        }
        if (await nodeCount(ctx.db, projectId) > 0) {
          skippedWithNodes += 1;
          continue;
        }
        const anchor = templateAnchor(template.steps, project);
        if (!anchor) {
          skipped.push({ projectId, code: project.code, name: project.name, reason: '没有签约日期，也没有计划开工', reasonEn: 'has neither a signing date nor a planned start' });
          continue;
        }
        headId ??= await insertRunHead(ctx.db, now, ctx.actor, template.id);
        const nodeIds = await writeTemplateSchedule(ctx, project, template, anchor.start);
        await recordChanges(ctx.db, [{
          at: now, actor: ctx.actor, entity: 'project', entityId: projectId, projectId, field: 'nodes', before: '0个节点',
          after: `按模板「${template.name}」自 ${anchor.start}（由${FROM_TEXT[anchor.from]}定）批量生成 ${nodeIds.length} 个节点（批量操作 #${headId}）`,
        }]);
        record.projects.push({ projectId, nodeIds });
        applied.push({ projectId, code: project.code, name: project.name, start: anchor.start, from: anchor.from, nodes: nodeIds.length });
      }
      if (headId !== null) await setRunRecord(ctx.db, headId, { ...record, lastChangeId: await lastChangeId(ctx.db) });
      return { operationId: headId, template: template.name, applied, skippedWithNodes, skipped };
    });
  },

  async 'nodes.undoTemplateBulk'({ operationId }, ctx) {
    return inTransaction(ctx.db, async () => {
      const run = await getRun(ctx.db, operationId);
      if (!run) throw notFound('批量生成节点操作', 'Bulk template operation', operationId);
      const undoneAt = await runUndoneAt(ctx.db, operationId);
      if (undoneAt) {
        const at = formatLocalDateTime(undoneAt);
        throw new LedgerError('refused', `批量操作 #${operationId} 已于 ${at} 撤销`, `Bulk operation #${operationId} was already undone at ${at}`);
      }
      const { record } = run;
      for (const { projectId, nodeIds } of record.projects) {
        const project = await getProject(ctx.db, projectId);
        if (!project) continue;
        const edit = await laterScheduleEdit(ctx.db, projectId, record.lastChangeId);
        const now = await nodeIdsOf(ctx.db, projectId);
        const same = now.length === nodeIds.length && nodeIds.every((id) => now.includes(id));
        if (edit || !same) {
          const at = edit ? formatLocalDateTime(edit.at) : '';
          throw new LedgerError(
            'refused',
            `无法撤销批量生成：「${project.name}」的节点在生成之后又被修改过${edit ? `（${at}，${edit.actor}）` : ''}。撤销会丢掉这些修改，请先处理后再撤销。`,
            `Cannot undo the bulk template: the nodes of "${project.name}" were edited after they were generated${edit ? ` (${at}, ${edit.actor})` : ''}; undoing would discard that work.`,
          );
        }
      }
      const now = ctx.clock.now();
      const undoId = await insertRunUndo(ctx.db, now, ctx.actor, operationId);
      let nodes = 0;
      let projects = 0;
      for (const { projectId, nodeIds } of record.projects) {
        const project = await getProject(ctx.db, projectId);
        if (!project) continue;
        await deleteNodeIds(ctx.db, nodeIds);
        await refreshStage(ctx, projectId, project.stageOverride);
        await bumpVersion(ctx.db, projectId, now);
        await recordChanges(ctx.db, [{
          at: now, actor: ctx.actor, entity: 'project', entityId: projectId, projectId, field: 'nodes', before: `${nodeIds.length}个节点`,
          after: `撤销批量操作 #${operationId}：已删除按模板「${record.template}」生成的节点`,
        }]);
        nodes += nodeIds.length;
        projects += 1;
      }
      await setRunUndoRecord(ctx.db, undoId, { projects, nodes, lastChangeId: await lastChangeId(ctx.db) });
      return { operationId, projects, nodes };
    });
  },
};
