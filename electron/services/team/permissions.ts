/**
 * The one place a signed-in person's calls are checked (the dispatcher calls it): the method's
 * access level against their role, and for a 填报 user, that every project the call touches is
 * within their 区域 or 责任单位. A refusal writes nothing: it comes before the handler runs.
 */

import { METHOD_ACCESS } from '../../../shared/api/access';
import type { MethodName } from '../../../shared/contract';
import { LedgerError } from '../../../shared/errors';
import { inFillScope, refusalFor, ROLE_LABELS, roleMay } from '../../../shared/domain/roles';
import { getNode } from '../../db/queries/nodes';
import { getProblemRecord } from '../../db/queries/problems';
import { getProject } from '../../db/queries/projects';
import type { Account, ServiceContext } from '../context';

/** The projects a 'fill' call touches, found from its (already validated) input. */
const FILL_TARGETS: Partial<Record<MethodName, (input: Record<string, unknown>, ctx: ServiceContext) => Promise<Array<number | undefined>>>> = {
  'projects.update': async (input) => [input.id as number],
  'projects.pasteCells': async (input) => (input.cells as Array<{ id: number }>).map((c) => c.id),
  'monthly.set': async (input) => [input.projectId as number],
  'nodes.update': async (input, ctx) => [(await getNode(ctx.db, input.id as number))?.projectId],
  'problems.create': async (input) => [input.projectId as number],
  'problems.update': async (input, ctx) => [(await getProblemRecord(ctx.db, input.id as number))?.project_id],
  'problems.resolve': async (input, ctx) => [(await getProblemRecord(ctx.db, input.id as number))?.project_id],
  'problems.reopen': async (input, ctx) => [(await getProblemRecord(ctx.db, input.id as number))?.project_id],
};

function scopeWords(account: Account): { zh: string; en: string } {
  const parts = [account.scope.area, account.scope.unit].filter((p): p is string => Boolean(p));
  return parts.length ? { zh: parts.join('、'), en: parts.join(', ') } : { zh: '（未指定）', en: '(none assigned)' };
}

export async function checkPermission(ctx: ServiceContext, method: MethodName, input: unknown): Promise<void> {
  const account = ctx.account;
  if (!account) return; // the single-PC register: whoever has the PC has the register
  const access = METHOD_ACCESS[method];
  if (!roleMay(account.role, access)) {
    const refusal = refusalFor(account.role, access);
    throw new LedgerError('forbidden', refusal.message, refusal.messageEn);
  }
  if (account.role !== 'filler' || access !== 'fill') return;
  const targets = FILL_TARGETS[method];
  if (!targets) {
    // A 'fill' method without a known target (回收合并) is checked against the template's unit in scopeFilter.ts.
    return;
  }
  const scope = scopeWords(account);
  for (const id of await targets(input as Record<string, unknown>, ctx)) {
    const project = id === undefined ? undefined : await getProject(ctx.db, id);
    if (!project) continue; // the handler says "not found" in its own words
    if (!inFillScope(account.scope, project)) {
      throw new LedgerError(
        'forbidden',
        `「${project.name}」属于${project.area || '未填区域'}／${project.ownerUnit || '未填责任单位'}，您（${ROLE_LABELS.filler.zh}：${scope.zh}）只能修改本区域或本单位的项目，未作任何修改`,
        `"${project.name}" belongs to ${project.area || 'no area'} / ${project.ownerUnit || 'no unit'}; as a reporter for ${scope.en} you may change only your own projects. Nothing was changed`,
      );
    }
  }
}
