/**
 * 卡点督办: record a problem on a project (and one of its nodes) with the department asked and its
 * promise, follow it in the 督办清单, solve it with how it was solved. Every write is one
 * transaction that bumps the project's version (its light may change) and is kept in the history.
 */

import { inTransaction } from '../db/db';
import { getNode } from '../db/queries/nodes';
import { bumpVersion } from '../db/queries/projects';
import { recordChanges, type ChangeInput } from '../db/queries/changes';
import {
  deleteProblem, departmentsInUse, getProblemRecord, insertProblem, updateProblemFields,
  type ProblemField, type ProblemRecord,
} from '../db/queries/problems';
import { problemExcerpt, type ProblemRow } from '../../shared/domain/problems';
import { problemRows, toProblemRow } from './problemRows';
import type { ProblemDepartment } from '../../shared/api/problems';
import type { HandlerMap, ServiceContext } from './context';
import { readSettings } from './settingsStore';
import { refuseStaleVersion, requireProject } from './projects';
import { invalidField, notFound } from './errors';
import { LedgerError } from '../../shared/errors';
import { exportSupervisionSheets } from './reports/superviseReport';

async function requireProblem(ctx: ServiceContext, id: number): Promise<ProblemRecord> {
  const record = await getProblemRecord(ctx.db, id);
  if (!record) throw notFound('卡点', 'Problem', id);
  return record;
}

async function rowOf(ctx: ServiceContext, id: number): Promise<ProblemRow> {
  return toProblemRow(await requireProblem(ctx, id), ctx.clock.today(), (await readSettings(ctx.db)).warningDays);
}

/** The node a problem is tied to must be one of its project's nodes; its name, for the history. */
async function nodeNameFor(ctx: ServiceContext, projectId: number, nodeId: number | null): Promise<string | null> {
  if (nodeId === null) return null;
  const node = await getNode(ctx.db, nodeId);
  if (!node || node.projectId !== projectId) {
    throw invalidField('nodeId', `所选节点（${nodeId}）不是该项目的节点，请重新选择`, `node ${nodeId} is not one of this project's nodes; choose again`);
  }
  return node.name;
}

function refuseFutureDate(field: string, date: string | null | undefined, today: string): void {
  if (date && date > today) throw invalidField(field, `解决日期 ${date} 晚于今天（${today}）`, `the date solved, ${date}, is after today (${today})`);
}

/** How a problem reads in the history when it is added or removed. */
function describe(p: { text: string; department: string; promisedOn: string | null; nodeName: string | null }): string {
  const node = p.nodeName ? `，节点：${p.nodeName}` : '';
  return `卡点：${p.text}（责任单位：${p.department}，承诺时间：${p.promisedOn ?? '未定'}${node}）`;
}

const FIELD_OF: Record<ProblemField, keyof ProblemRecord> = {
  nodeId: 'node_name', text: 'text', department: 'department', promisedOn: 'promised_on', resolvedOn: 'resolved_on', resolution: 'resolution',
};

/** Checks the project is current, writes, bumps the project's version and records the changes. */
async function write(ctx: ServiceContext, projectId: number, loadedVersion: number | undefined, body: () => Promise<ChangeInput[]>): Promise<void> {
  await inTransaction(ctx.db, async () => {
    await refuseStaleVersion(await requireProject(ctx, projectId), loadedVersion, ctx);
    const audit = await body();
    if (!audit.length) return;
    await bumpVersion(ctx.db, projectId, ctx.clock.now());
    await recordChanges(ctx.db, audit);
  });
}

function departmentsOf(rows: ProblemRow[]): ProblemDepartment[] {
  const map = new Map<string, ProblemDepartment>();
  for (const r of rows) {
    let d = map.get(r.department);
    if (!d) map.set(r.department, (d = { name: r.department, count: 0, open: 0, overdue: 0 }));
    d.count++;
    if (r.due.state !== 'resolved') d.open++;
    if (r.due.state === 'overdue') d.overdue++;
  }
  return [...map.values()].sort((a, b) => b.overdue - a.overdue || b.count - a.count || a.name.localeCompare(b.name, 'zh'));
}

type ProblemMethod = 'problems.list' | 'problems.departments' | 'problems.create' | 'problems.update' | 'problems.resolve' | 'problems.reopen' | 'problems.remove' | 'problems.export';

export const problemHandlers: HandlerMap<ProblemMethod> = {
  async 'problems.list'({ projectId, department, status }, ctx) {
    if (projectId !== undefined) await requireProject(ctx, projectId);
    const wanted = status ?? 'open';
    const all = await problemRows(ctx, projectId === undefined ? {} : { projectId });
    const ofStatus = all.filter((r) =>
      wanted === 'all' ? true
      : wanted === 'resolved' ? r.due.state === 'resolved'
      : wanted === 'overdue' ? r.due.state === 'overdue'
      : r.due.state !== 'resolved');
    return {
      rows: department ? ofStatus.filter((r) => r.department === department) : ofStatus,
      departments: departmentsOf(ofStatus),
      open: all.filter((r) => r.due.state !== 'resolved').length,
      overdue: all.filter((r) => r.due.state === 'overdue').length,
      today: ctx.clock.today(),
    };
  },

  async 'problems.departments'(_args, ctx) {
    return departmentsInUse(ctx.db);
  },

  async 'problems.create'({ projectId, nodeId, text, department, promisedOn, version }, ctx) {
    let id = 0;
    await write(ctx, projectId, version, async () => {
      const nodeName = await nodeNameFor(ctx, projectId, nodeId);
      id = await insertProblem(ctx.db, { projectId, nodeId, text, department, promisedOn, createdAt: ctx.clock.now() });
      return [{ at: ctx.clock.now(), actor: ctx.actor, entity: 'problem', entityId: id, projectId, field: '*', before: null, after: describe({ text, department, promisedOn, nodeName }) }];
    });
    return rowOf(ctx, id);
  },

  async 'problems.update'({ id, changes, version }, ctx) {
    const before = await requireProblem(ctx, id);
    await write(ctx, before.project_id, version, async () => {
      const audit: ChangeInput[] = [];
      const names: Partial<Record<ProblemField, string | null>> = {};
      if (changes.nodeId !== undefined) names.nodeId = await nodeNameFor(ctx, before.project_id, changes.nodeId);
      const changed: Partial<Record<ProblemField, string | number | null>> = {};
      for (const [field, after] of Object.entries(changes) as Array<[ProblemField, string | number | null]>) {
        const old = field === 'nodeId' ? before.node_id : before[FIELD_OF[field]];
        if (old === after) continue;
        changed[field] = after;
        // A node is named in the history, not numbered.
        const [shownBefore, shownAfter] = field === 'nodeId' ? [before.node_name, names.nodeId ?? null] : [old, after];
        audit.push({ at: ctx.clock.now(), actor: ctx.actor, entity: 'problem', entityId: id, projectId: before.project_id, field: `${problemExcerpt(before.text)}.${field}`, before: shownBefore, after: shownAfter });
      }
      await updateProblemFields(ctx.db, id, changed);
      return audit;
    });
    return rowOf(ctx, id);
  },

  async 'problems.resolve'({ id, resolution, resolvedOn, version }, ctx) {
    const before = await requireProblem(ctx, id);
    const today = ctx.clock.today();
    const on = resolvedOn ?? today;
    refuseFutureDate('resolvedOn', on, today);
    if (before.resolved_on) {
      throw new LedgerError('conflict', `该卡点已于 ${before.resolved_on} 解决：${problemExcerpt(before.text)}`, `this problem was already solved on ${before.resolved_on}: ${problemExcerpt(before.text)}`);
    }
    await write(ctx, before.project_id, version, async () => {
      await updateProblemFields(ctx.db, id, { resolvedOn: on, resolution });
      const field = problemExcerpt(before.text);
      return [
        { at: ctx.clock.now(), actor: ctx.actor, entity: 'problem', entityId: id, projectId: before.project_id, field: `${field}.resolvedOn`, before: null, after: on },
        { at: ctx.clock.now(), actor: ctx.actor, entity: 'problem', entityId: id, projectId: before.project_id, field: `${field}.resolution`, before: before.resolution || null, after: resolution },
      ];
    });
    return rowOf(ctx, id);
  },

  async 'problems.reopen'({ id, version }, ctx) {
    const before = await requireProblem(ctx, id);
    await write(ctx, before.project_id, version, async () => {
      if (!before.resolved_on) return [];
      await updateProblemFields(ctx.db, id, { resolvedOn: null, resolution: '' });
      const field = problemExcerpt(before.text);
      return [
        { at: ctx.clock.now(), actor: ctx.actor, entity: 'problem', entityId: id, projectId: before.project_id, field: `${field}.resolvedOn`, before: before.resolved_on, after: null },
        { at: ctx.clock.now(), actor: ctx.actor, entity: 'problem', entityId: id, projectId: before.project_id, field: `${field}.resolution`, before: before.resolution || null, after: null },
      ];
    });
    return rowOf(ctx, id);
  },

  async 'problems.remove'({ id, version }, ctx) {
    const before = await requireProblem(ctx, id);
    await write(ctx, before.project_id, version, async () => {
      await deleteProblem(ctx.db, id);
      const text = describe({ text: before.text, department: before.department, promisedOn: before.promised_on, nodeName: before.node_name });
      return [{ at: ctx.clock.now(), actor: ctx.actor, entity: 'problem', entityId: id, projectId: before.project_id, field: '*', before: text, after: null }];
    });
    return { id };
  },

  async 'problems.export'({ department }, ctx) {
    return exportSupervisionSheets(ctx, department);
  },
};
