/**
 * 撤销本次导入: removes the projects a batch added and puts back the fields it changed, in one
 * transaction. Refused, with the project and the edit named, when anything else has touched those
 * projects since: undoing then would silently throw that later work away.
 */

import { LedgerError } from '../../../shared/errors';
import type { ImportBatch } from '../../../shared/import/types';
import type { ProjectFields } from '../../../shared/domain/types';
import { fieldLabel } from '../../../shared/domain/fields';
import { inTransaction } from '../../db/db';
import { recordChanges } from '../../db/queries/changes';
import { batchCodeValues, batchProjectChanges, deleteMonthly, deleteProject, getBatch, laterEdits, markBatchUndone, removeUnusedCodeValue } from '../../db/queries/imports';
import { getMonthly, upsertMonthly } from '../../db/queries/monthly';
import { getProject, updateProjectFields } from '../../db/queries/projects';
import { getNode, updateNodeFields, type NodeFields } from '../../db/queries/nodes';
import { refreshStage } from '../projectGraph';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { formatLocalDateTime } from '../../../shared/domain/localTime';

const NUMERIC_FIELDS = new Set(['totalInvestment', 'annualPlan', 'cumulativeCompleted', 'landMu', 'expectedOutput']);

/** The audit trail keeps values as text; turn a "before" back into the field's type. */
function fromAuditText(field: string, text: string | null): unknown {
  if (text === null) return null;
  if (NUMERIC_FIELDS.has(field)) return Number(text);
  if (field === 'tags') return JSON.parse(text) as unknown;
  return text;
}

type MonthField = 'completed' | 'progressNote' | 'problems';
const MONTH_FIELDS: ReadonlySet<string> = new Set<MonthField>(['completed', 'progressNote', 'problems']);

/**
 * Puts a month's figures back as the batch found them, or removes the month row the batch created
 * (its first audit row for the month has no "before").
 */
async function restoreMonth(ctx: ServiceContext, projectId: number, month: string, firstBefore: Map<MonthField, string | null>, now: string): Promise<void> {
  const current = await getMonthly(ctx.db, projectId, month);
  if (!current) return;
  const created = [...firstBefore.values()].some((v) => v === null);
  if (created) {
    await deleteMonthly(ctx.db, projectId, month);
    await recordChanges(ctx.db, [...firstBefore.keys()].map((f) => ({ at: now, actor: ctx.actor, entity: 'monthly', entityId: projectId, projectId, field: `${month}.${f}`, before: current[f], after: null })));
    return;
  }
  const restored = { ...current };
  for (const [f, text] of firstBefore) {
    if (f === 'completed') restored.completed = Number(text);
    else restored[f] = text ?? '';
  }
  await upsertMonthly(ctx.db, restored);
  await recordChanges(ctx.db, [...firstBefore.keys()].map((f) => ({ at: now, actor: ctx.actor, entity: 'monthly', entityId: projectId, projectId, field: `${month}.${f}`, before: current[f], after: restored[f] })));
}

/** Puts a node's dates back as the batch found them (node rows are named 节点名.字段). */
async function restoreNode(ctx: ServiceContext, nodeId: number, firstBefore: Map<string, string | null>, now: string): Promise<number | undefined> {
  const node = await getNode(ctx.db, nodeId);
  if (!node) return undefined;
  const fields: Partial<NodeFields> = {};
  for (const [field, before] of firstBefore) {
    if (field === 'plannedStart' || field === 'plannedEnd' || field === 'actualStart' || field === 'actualEnd') fields[field] = before;
    else if (field === 'percent' && before !== null) fields.percent = Number(before);
  }
  await updateNodeFields(ctx.db, nodeId, fields);
  await recordChanges(ctx.db, (Object.keys(fields) as Array<keyof typeof fields>).map((f) => ({
    at: now, actor: ctx.actor, entity: 'node', entityId: nodeId, projectId: node.projectId, field: `${node.name}.${f}`, before: node[f], after: fields[f],
  })));
  return node.projectId;
}

export async function undoImport(ctx: ServiceContext, batchId: number): Promise<ImportBatch> {
  await inTransaction(ctx.db, async () => {
    const batch = await getBatch(ctx.db, batchId);
    if (!batch) throw notFound('导入批次', 'Import batch', batchId);
    if (batch.undoneAt) {
      const at = formatLocalDateTime(batch.undoneAt);
      throw new LedgerError('refused', `导入批次 ${batchId}（${batch.fileName}）已于 ${at} 撤销`, `Import batch ${batchId} was already undone at ${at}`);
    }
    const changes = await batchProjectChanges(ctx.db, batchId);
    const projectIds = [...new Set(changes.map((c) => c.projectId))];
    const lastId = changes.reduce((max, c) => Math.max(max, c.id), 0);
    const blockers = await laterEdits(ctx.db, projectIds, lastId, batchId);
    if (blockers.length) {
      const b = blockers[0]!;
      const name = (await getProject(ctx.db, b.projectId))?.name ?? `项目 ${b.projectId}`;
      // Node rows are named 名称.字段; 'nodes' is the whole schedule.
      const what = b.field === '*' ? '记录' : b.field === 'nodes' ? '节点计划' : b.field.includes('.') ? `节点「${b.field.split('.')[0]}」` : fieldLabel(b.field).zh;
      throw new LedgerError(
        'refused',
        `无法撤销本次导入：「${name}」在导入之后又被修改过（${formatLocalDateTime(b.at)}，${b.actor} 改了${what}）${blockers.length > 1 ? `，另有 ${blockers.length - 1} 处后续修改` : ''}。撤销会丢掉这些修改，请先处理后再撤销。`,
        `Cannot undo this import: "${name}" was edited after it (${formatLocalDateTime(b.at)}, ${b.actor}, ${b.field}); undoing would discard that work.`,
      );
    }
    const now = ctx.clock.now();
    const created = new Set(changes.filter((c) => c.entity === 'project' && c.field === '*').map((c) => c.projectId));
    for (const id of created) {
      const project = await getProject(ctx.db, id);
      if (!project) continue;
      await deleteProject(ctx.db, id);
      await recordChanges(ctx.db, [{ at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field: '*', before: `${project.code} ${project.name}`, after: `撤销导入批次 ${batchId}：已删除` }]);
    }
    // The first "before" per field is the value the batch found.
    const restore = new Map<number, Record<string, unknown>>();
    const months = new Map<string, { projectId: number; month: string; fields: Map<MonthField, string | null> }>();
    const nodes = new Map<number, Map<string, string | null>>();
    for (const c of changes) {
      if (created.has(c.projectId) || c.field === '*') continue;
      if (c.entity === 'monthly') {
        const dot = c.field.lastIndexOf('.');
        const month = c.field.slice(0, dot);
        const field = c.field.slice(dot + 1);
        if (!MONTH_FIELDS.has(field)) continue;
        const entry = months.get(`${c.projectId}|${month}`) ?? { projectId: c.projectId, month, fields: new Map<MonthField, string | null>() };
        if (!entry.fields.has(field as MonthField)) entry.fields.set(field as MonthField, c.before);
        months.set(`${c.projectId}|${month}`, entry);
        continue;
      }
      if (c.entity === 'node') {
        const fields = nodes.get(c.entityId) ?? new Map<string, string | null>();
        const field = c.field.slice(c.field.lastIndexOf('.') + 1);
        if (!fields.has(field)) fields.set(field, c.before);
        nodes.set(c.entityId, fields);
        continue;
      }
      const fields = restore.get(c.projectId) ?? {};
      if (!(c.field in fields)) fields[c.field] = fromAuditText(c.field, c.before);
      restore.set(c.projectId, fields);
    }
    for (const m of months.values()) await restoreMonth(ctx, m.projectId, m.month, m.fields, now);
    // A schedule or a hand-set stage put back re-derives the stage, as the edit that changed it did.
    const stages = new Set<number>();
    for (const [nodeId, fields] of nodes) {
      const projectId = await restoreNode(ctx, nodeId, fields, now);
      if (projectId !== undefined) stages.add(projectId);
    }
    for (const [id, fields] of restore) {
      const current = await getProject(ctx.db, id);
      if (!current || Object.keys(fields).length === 0) continue;
      await updateProjectFields(ctx.db, id, fields as Partial<ProjectFields>, now);
      if ('stageOverride' in fields) stages.add(id);
      await recordChanges(ctx.db, Object.entries(fields).map(([field, value]) => ({
        at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field, before: current[field as keyof ProjectFields], after: value,
      })));
    }
    for (const id of stages) {
      const project = await getProject(ctx.db, id);
      if (project) await refreshStage(ctx, id, project.stageOverride);
    }
    // Entries the import added to the code lists go too, unless a project has come to use them since.
    for (const { list, value } of await batchCodeValues(ctx.db, batchId)) {
      if (await removeUnusedCodeValue(ctx.db, list, value)) {
        await recordChanges(ctx.db, [{ at: now, actor: ctx.actor, entity: 'code_list', entityId: 0, projectId: null, field: list, before: value, after: null }]);
      }
    }
    await markBatchUndone(ctx.db, batchId, now);
  });
  return (await getBatch(ctx.db, batchId))!;
}
