/**
 * What a 填报 account may read: the projects of their own 区域 or 责任单位 and nothing of the
 * others. The dispatcher calls `scopeInput` before a read runs (a read of one project of another
 * area is refused 403; a read of many is narrowed to theirs) and `scopeOutput` after it (lists of
 * nodes, 卡点, history and frozen rows keep only theirs); a returned fill-in template of another
 * unit is refused before it is read into the register. The register's own rows are narrowed at
 * the source (scopeRows.ts), so 首页 and 投资汇总 count only their projects; 比上月, the 督办单 and
 * the round status narrow themselves with fillScopeIds / fillScopeUnits. The 晾晒比拼 ranking
 * compares the areas with each other on purpose and stays district-wide.
 */

import type { ProblemList } from '../../../shared/api/problems';
import type { MethodName } from '../../../shared/contract';
import type { ClosedRows } from '../../../shared/api/months';
import type { HomeSummary } from '../../../shared/domain/home';
import { inFillScope, ROLE_LABELS } from '../../../shared/domain/roles';
import { LedgerError } from '../../../shared/errors';
import { getProject, listProjectIds } from '../../db/queries/projects';
import type { Account, ServiceContext } from '../context';
import { rowsOf } from '../registerRows';
import { readReturnedTemplate } from '../rounds/readTemplate';

type Input = Record<string, unknown>;

function fillerOf(ctx: ServiceContext): Account | null {
  return ctx.account?.role === 'filler' ? ctx.account : null;
}

const idsCache = new WeakMap<ServiceContext, Set<number>>();

/** Ids of the projects (archived ones too) within the account's scope, once per call. */
export async function scopeProjectIds(ctx: ServiceContext, account: Account): Promise<Set<number>> {
  let ids = idsCache.get(ctx);
  if (!ids) {
    const rows = await rowsOf(ctx, await listProjectIds(ctx.db, { includeArchived: true }));
    ids = new Set(rows.filter((r) => inFillScope(account.scope, r)).map((r) => r.id));
    idsCache.set(ctx, ids);
  }
  return ids;
}

function scopeWords(account: Account): { zh: string; en: string } {
  const parts = [account.scope.area, account.scope.unit].filter((p): p is string => Boolean(p));
  return parts.length ? { zh: parts.join('、'), en: parts.join(', ') } : { zh: '（未指定）', en: '(none assigned)' };
}

async function refuseOtherProject(account: Account, id: number, ctx: ServiceContext): Promise<void> {
  const project = await getProject(ctx.db, id);
  if (!project || inFillScope(account.scope, project)) return; // not found: the handler says so in its own words
  const scope = scopeWords(account);
  throw new LedgerError(
    'forbidden',
    `「${project.name}」属于${project.area || '未填区域'}／${project.ownerUnit || '未填责任单位'}，您（${ROLE_LABELS.filler.zh}：${scope.zh}）只能查看本区域或本单位的项目`,
    `"${project.name}" belongs to ${project.area || 'no area'} / ${project.ownerUnit || 'no unit'}; as a reporter for ${scope.en} you may see only your own projects`,
  );
}

/** Reads of one project: refused when it is another area's. */
const ONE_PROJECT: Partial<Record<MethodName, string>> = {
  'projects.get': 'id',
  'nodes.list': 'projectId',
  'monthly.list': 'projectId',
  'history.list': 'projectId',
  'problems.list': 'projectId',
  'home.watch': 'projectId',
};

/** A returned fill-in template is a 填报's to merge only when it was sent to their own 区域 or 责任单位. */
async function refuseOtherUnitsTemplate(account: Account, input: Input): Promise<void> {
  const file = input.file as { name: string; base64: string };
  const { identity } = await readReturnedTemplate(file.name, new Uint8Array(Buffer.from(file.base64, 'base64')));
  const own = identity.scope === 'area' ? account.scope.area : account.scope.unit;
  if (own && identity.unit === own) return;
  const scope = scopeWords(account);
  throw new LedgerError(
    'forbidden',
    `这是发给「${identity.unit}」的填报模板，您（${ROLE_LABELS.filler.zh}：${scope.zh}）只能回收本区域或本单位的模板，未作任何修改`,
    `This fill-in template was sent to ${identity.unit}; as a reporter for ${scope.en} you may return only your own. Nothing was changed`,
  );
}

/** The input a 填报 account's call runs with (reads narrowed to their projects), or a 403 for another area's project or template. */
export async function scopeInput(ctx: ServiceContext, method: MethodName, input: unknown): Promise<unknown> {
  const account = fillerOf(ctx);
  if (!account || !input || typeof input !== 'object') return input;
  const given = input as Input;
  const key = ONE_PROJECT[method];
  if (key && typeof given[key] === 'number') await refuseOtherProject(account, given[key], ctx);
  if (method === 'rounds.preview' || method === 'rounds.collect') await refuseOtherUnitsTemplate(account, given);
  if (method === 'nodes.extent') {
    const ids = await scopeProjectIds(ctx, account);
    const asked = Array.isArray(given.projectIds) ? (given.projectIds as number[]) : await listProjectIds(ctx.db, {});
    return { ...given, projectIds: asked.filter((id) => ids.has(id)) };
  }
  if (method === 'reports.export') {
    const ids = await scopeProjectIds(ctx, account);
    const filter = (given.filter ?? {}) as Input;
    const asked = Array.isArray(filter.projectIds) ? (filter.projectIds as number[]) : [...ids];
    return { ...given, filter: { ...filter, projectIds: asked.filter((id) => ids.has(id)) } };
  }
  return input;
}

function problemsWithin(list: ProblemList, ids: Set<number>): ProblemList {
  const rows = list.rows.filter((r) => ids.has(r.projectId));
  const open = rows.filter((r) => r.resolvedOn === null);
  const overdue = open.filter((r) => r.promisedOn !== null && r.promisedOn < list.today);
  const departments = list.departments
    .map((d) => {
      const own = rows.filter((r) => r.department === d.name);
      const ownOpen = own.filter((r) => r.resolvedOn === null);
      return { ...d, count: own.length, open: ownOpen.length, overdue: ownOpen.filter((r) => r.promisedOn !== null && r.promisedOn < list.today).length };
    })
    .filter((d) => d.count > 0);
  return { ...list, rows, departments, open: open.length, overdue: overdue.length };
}

const SCOPED_OUTPUTS = new Set<MethodName>(['projects.list', 'nodes.all', 'nodes.ofProjects', 'history.list', 'problems.list', 'months.rows', 'home.summary']);

/** What a 填报 account's read returns: lists keep only their projects' entries. */
export async function scopeOutput(ctx: ServiceContext, method: MethodName, value: unknown): Promise<unknown> {
  const account = fillerOf(ctx);
  if (!account) return value;
  if (!SCOPED_OUTPUTS.has(method)) return value;
  // Read once per call: the checks below run per row.
  const scope = await scopeProjectIds(ctx, account);
  switch (method) {
    case 'projects.list':
      return (value as Array<{ id: number }>).filter((r) => scope.has(r.id));
    case 'nodes.all':
    case 'nodes.ofProjects':
      return (value as Array<{ projectId: number }>).filter((n) => scope.has(n.projectId));
    case 'history.list':
      return (value as Array<{ projectId: number | null }>).filter((c) => c.projectId !== null && scope.has(c.projectId));
    case 'problems.list':
      return problemsWithin(value as ProblemList, scope);
    case 'months.rows': {
      const closed = value as ClosedRows;
      return { ...closed, rows: closed.rows.filter((r) => scope.has(r.id)) };
    }
    case 'home.summary': {
      const home = value as HomeSummary;
      return { ...home, overdueProblems: home.overdueProblems.filter((p) => scope.has(p.projectId)) };
    }
    default:
      return value;
  }
}

/** The ids of the projects a 填报 account may see; null for everyone else (they see them all). */
export async function fillScopeIds(ctx: ServiceContext): Promise<Set<number> | null> {
  const account = fillerOf(ctx);
  return account ? scopeProjectIds(ctx, account) : null;
}

/** The units of a 月度调度 round a 填报 account answers for (their 区域, or their 责任单位); null for everyone else. */
export function fillScopeUnits(ctx: ServiceContext, roundScope: 'area' | 'unit'): Set<string> | null {
  const account = fillerOf(ctx);
  if (!account) return null;
  const own = roundScope === 'area' ? account.scope.area : account.scope.unit;
  return new Set(own ? [own] : []);
}

/** Projects (by id) a 填报 account may see, out of `items`; everyone else sees them all. */
export async function withinScope<T extends { id: number }>(ctx: ServiceContext, items: T[]): Promise<T[]> {
  const account = fillerOf(ctx);
  if (!account) return items;
  const ids = await scopeProjectIds(ctx, account);
  return items.filter((item) => ids.has(item.id));
}
