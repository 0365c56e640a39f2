/** 节点: the schedule of a project. Every change re-derives the stage and is recorded in the audit trail. */

import { inTransaction } from '../db/db';
import { deleteNode, deleteProjectNodes, getNode, insertNode, listNodes, renumberNodes, updateNodeFields, type NodeFields } from '../db/queries/nodes';
import { bumpVersion } from '../db/queries/projects';
import { getTemplate, listTemplates } from '../db/queries/templates';
import { recordChanges, type ChangeInput } from '../db/queries/changes';
import { problemNodeNames, updateProblemFields } from '../db/queries/problems';
import { addDays, daysBetween } from '../../shared/domain/dates';
import type { ScheduleNode } from '../../shared/domain/types';
import type { HandlerMap, ServiceContext } from './context';
import { allNodesWithLights, nodeExtent, nodesOf, nodesWithLights } from './registerRows';
import { refreshStage } from './projectGraph';
import { refuseStaleVersion, requireProject } from './projects';
import { notFound } from './errors';
import { writeTemplateSchedule } from './templateSchedule';
import { followMilestonePlans, refuseImpossibleActuals, withCompletedPercent } from './nodeConsistency';

async function requireNode(ctx: ServiceContext, id: number): Promise<ScheduleNode> {
  const node = await getNode(ctx.db, id);
  if (!node) throw notFound('节点', 'Node', id);
  return node;
}

/** Checks that the project exists and that the editor's copy of it is current (see refuseStaleVersion). */
async function requireCurrentProject(ctx: ServiceContext, projectId: number, loadedVersion: number | undefined): Promise<void> {
  await refuseStaleVersion(await requireProject(ctx, projectId), loadedVersion, ctx);
}

/** After a schedule change: stage, project version, audit rows — then the fresh schedule. */
async function afterScheduleChange(ctx: ServiceContext, projectId: number, changes: ChangeInput[]): Promise<void> {
  const project = await requireProject(ctx, projectId);
  await refreshStage(ctx, projectId, project.stageOverride);
  await bumpVersion(ctx.db, projectId, ctx.clock.now());
  await recordChanges(ctx.db, changes);
}

function change(ctx: ServiceContext, node: Pick<ScheduleNode, 'id' | 'projectId' | 'name'>, field: string, before: unknown, after: unknown): ChangeInput {
  return { at: ctx.clock.now(), actor: ctx.actor, entity: 'node', entityId: node.id, projectId: node.projectId, field: `${node.name}.${field}`, before, after };
}

/** Moves a node's planned dates by `days`. */
function shifted(node: ScheduleNode, days: number): Partial<NodeFields> {
  return {
    plannedStart: node.plannedStart ? addDays(node.plannedStart, days) : null,
    plannedEnd: node.plannedEnd ? addDays(node.plannedEnd, days) : null,
  };
}

export const nodeHandlers: HandlerMap<'nodes.list' | 'nodes.all' | 'nodes.ofProjects' | 'nodes.extent' | 'nodes.add' | 'nodes.update' | 'nodes.remove' | 'nodes.move' | 'nodes.applyTemplate' | 'templates.list'> = {
  async 'nodes.list'({ projectId }, ctx) {
    await requireProject(ctx, projectId);
    return nodesWithLights(ctx, projectId);
  },

  async 'nodes.all'({ includeArchived }, ctx) {
    return allNodesWithLights(ctx, includeArchived ?? false);
  },

  async 'nodes.ofProjects'({ projectIds }, ctx) {
    return nodesOf(ctx, projectIds);
  },

  async 'nodes.extent'({ projectIds }, ctx) {
    return nodeExtent(ctx, projectIds);
  },

  async 'nodes.add'({ projectId, after, node, version }, ctx) {
    await inTransaction(ctx.db, async () => {
      await requireCurrentProject(ctx, projectId, version);
      refuseImpossibleActuals(node.name, node, ctx.clock.today());
      const nodes = await listNodes(ctx.db, projectId);
      const index = after === null ? 0 : nodes.findIndex((n) => n.id === after) + 1;
      if (after !== null && index === 0) throw notFound('节点', 'Node', after);
      const id = await insertNode(ctx.db, projectId, index + 1, withCompletedPercent(node, node.percent));
      const order = nodes.map((n) => n.id);
      order.splice(index, 0, id);
      await renumberNodes(ctx.db, projectId, order);
      await afterScheduleChange(ctx, projectId, [change(ctx, { id, projectId, name: node.name }, '*', null, `新增节点：${node.name}`)]);
    });
    return nodesWithLights(ctx, projectId);
  },

  async 'nodes.update'({ id, changes: asked, shiftFollowing, version }, ctx) {
    const projectId = await inTransaction(ctx.db, async () => {
      const node = await requireNode(ctx, id);
      await requireCurrentProject(ctx, node.projectId, version);
      const changes = withCompletedPercent(asked, node.percent);
      refuseImpossibleActuals(changes.name ?? node.name, { ...node, ...changes }, ctx.clock.today());
      const before = await listNodes(ctx.db, node.projectId);
      const audit: ChangeInput[] = [];
      for (const [field, after] of Object.entries(changes)) {
        const before = node[field as keyof NodeFields];
        if (before !== after) audit.push(change(ctx, node, field, before, after));
      }
      await updateNodeFields(ctx.db, id, changes);
      // 后续节点顺延: following nodes move by as much as this node's planned end (or start) moved.
      const moved =
        changes.plannedEnd && node.plannedEnd ? daysBetween(node.plannedEnd, changes.plannedEnd)
        : changes.plannedStart && node.plannedStart ? daysBetween(node.plannedStart, changes.plannedStart)
        : 0;
      if (shiftFollowing && moved !== 0) {
        for (const later of (await listNodes(ctx.db, node.projectId)).filter((n) => n.seq > node.seq)) {
          const next = shifted(later, moved);
          await updateNodeFields(ctx.db, later.id, next);
          // A node without planned dates does not move: no history row says it did.
          if (later.plannedStart !== next.plannedStart) audit.push(change(ctx, later, 'plannedStart', later.plannedStart, next.plannedStart));
          if (later.plannedEnd !== next.plannedEnd) audit.push(change(ctx, later, 'plannedEnd', later.plannedEnd, next.plannedEnd));
        }
      }
      if (audit.length) await afterScheduleChange(ctx, node.projectId, [...audit, ...await followMilestonePlans(ctx, node.projectId, before, await listNodes(ctx.db, node.projectId))]);
      return node.projectId;
    });
    return nodesWithLights(ctx, projectId);
  },

  async 'nodes.remove'({ id, version }, ctx) {
    const projectId = await inTransaction(ctx.db, async () => {
      const node = await requireNode(ctx, id);
      await requireCurrentProject(ctx, node.projectId, version);
      await deleteNode(ctx.db, id);
      await renumberNodes(ctx.db, node.projectId, (await listNodes(ctx.db, node.projectId)).map((n) => n.id));
      await afterScheduleChange(ctx, node.projectId, [change(ctx, node, '*', `节点：${node.name}`, null)]);
      return node.projectId;
    });
    return nodesWithLights(ctx, projectId);
  },

  async 'nodes.move'({ id, direction, version }, ctx) {
    const projectId = await inTransaction(ctx.db, async () => {
      const node = await requireNode(ctx, id);
      await requireCurrentProject(ctx, node.projectId, version);
      const order = (await listNodes(ctx.db, node.projectId)).map((n) => n.id);
      const from = order.indexOf(id);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (to < 0 || to >= order.length) return node.projectId;
      order.splice(from, 1);
      order.splice(to, 0, id);
      await renumberNodes(ctx.db, node.projectId, order);
      await afterScheduleChange(ctx, node.projectId, [change(ctx, node, 'seq', from + 1, to + 1)]);
      return node.projectId;
    });
    return nodesWithLights(ctx, projectId);
  },

  async 'nodes.applyTemplate'({ projectId, templateId, start, version }, ctx) {
    await inTransaction(ctx.db, async () => {
      await requireCurrentProject(ctx, projectId, version);
      const template = await getTemplate(ctx.db, templateId);
      if (!template) throw notFound('节点模板', 'Node template', templateId);
      // Recorded progress survives: a node of the same name keeps its actual dates, percent and note.
      const previous = await listNodes(ctx.db, projectId);
      // 卡点 stay on the node of the same name in the new schedule (deleting the old nodes would untie them).
      const problemNodes = await problemNodeNames(ctx.db, projectId);
      await deleteProjectNodes(ctx.db, projectId);
      await writeTemplateSchedule(ctx, await requireProject(ctx, projectId), template, start, previous);
      const byName = new Map((await listNodes(ctx.db, projectId)).map((n) => [n.name, n.id]));
      for (const p of problemNodes) await updateProblemFields(ctx.db, p.id, { nodeId: byName.get(p.node_name) ?? null });
      await recordChanges(ctx.db, [
        { at: ctx.clock.now(), actor: ctx.actor, entity: 'project', entityId: projectId, projectId, field: 'nodes', before: `${previous.length}个节点`, after: `按模板「${template.name}」自 ${start} 生成` },
      ]);
    });
    return nodesWithLights(ctx, projectId);
  },

  async 'templates.list'(_args, ctx) {
    return listTemplates(ctx.db);
  },
};
