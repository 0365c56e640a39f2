/**
 * Inserting a whole project (fields, nodes, months) in one go: used by create, the sample register
 * and the generator, so that stage and audit are handled the same way for all of them.
 */

import { insertProject, setProjectStage } from '../db/queries/projects';
import { insertNode, listNodes, type NodeFields } from '../db/queries/nodes';
import { upsertMonthly } from '../db/queries/monthly';
import { insertProblem, updateProblemFields } from '../db/queries/problems';
import { recordChanges } from '../db/queries/changes';
import { deriveStage } from '../../shared/domain/stage';
import type { MonthlyEntry, ProjectFields } from '../../shared/domain/types';
import type { ServiceContext } from './context';

export const EMPTY_PROJECT: Omit<ProjectFields, 'code' | 'name'> = {
  nationalCode: null,
  company: '',
  chain: '',
  area: '',
  level: '',
  kind: '',
  source: '',
  stageOverride: null,
  // Not given is unknown, never 0.
  totalInvestment: null,
  annualPlan: null,
  cumulativeCompleted: null,
  signedOn: null,
  plannedStart: null,
  plannedCompletion: null,
  landMu: null,
  capacity: '',
  expectedOutput: null,
  leader: '',
  ownerUnit: '',
  contact: '',
  progressNote: '',
  problems: '',
  tags: [],
};

/** A 卡点 of a project graph, tied to its node by the node's name (null: the whole project). */
export interface GraphProblem {
  node: string | null;
  text: string;
  department: string;
  promisedOn: string | null;
  resolvedOn: string | null;
  resolution: string;
}

export interface ProjectGraph {
  fields: ProjectFields;
  nodes?: NodeFields[];
  monthly?: Array<Omit<MonthlyEntry, 'projectId'>>;
  problems?: GraphProblem[];
}

/** Inserts one project with its nodes and months; the caller holds the transaction. */
export async function insertProjectGraph(ctx: ServiceContext, graph: ProjectGraph, batchId: number | null = null): Promise<number> {
  const now = ctx.clock.now();
  const stage = deriveStage(graph.nodes ?? [], graph.fields.stageOverride);
  const id = await insertProject(ctx.db, graph.fields, stage, now);
  for (const [i, node] of (graph.nodes ?? []).entries()) await insertNode(ctx.db, id, i + 1, node);
  for (const m of graph.monthly ?? []) await upsertMonthly(ctx.db, { ...m, projectId: id });
  if (graph.problems?.length) {
    const nodeIds = new Map((await listNodes(ctx.db, id)).map((n) => [n.name, n.id]));
    for (const p of graph.problems) {
      const problemId = await insertProblem(ctx.db, { projectId: id, nodeId: p.node === null ? null : nodeIds.get(p.node) ?? null, text: p.text, department: p.department, promisedOn: p.promisedOn, createdAt: now });
      if (p.resolvedOn) await updateProblemFields(ctx.db, problemId, { resolvedOn: p.resolvedOn, resolution: p.resolution });
      const solved = p.resolvedOn ? `，${p.resolvedOn} 已解决：${p.resolution}` : '';
      await recordChanges(ctx.db, [{
        at: now, actor: ctx.actor, entity: 'problem', entityId: problemId, projectId: id, field: '*', before: null, batchId,
        after: `卡点：${p.text}（责任单位：${p.department}，承诺时间：${p.promisedOn ?? '未定'}${p.node ? `，节点：${p.node}` : ''}${solved}）`,
      }]);
    }
  }
  await recordChanges(ctx.db, [
    { at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field: '*', before: null, after: `新建：${graph.fields.code} ${graph.fields.name}`, batchId },
  ]);
  return id;
}

/** Re-derives a project's stage from its nodes after a schedule change. */
export async function refreshStage(ctx: ServiceContext, projectId: number, override: ProjectFields['stageOverride']): Promise<void> {
  await setProjectStage(ctx.db, projectId, deriveStage(await listNodes(ctx.db, projectId), override));
}
