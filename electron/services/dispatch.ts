/**
 * The one dispatcher every transport uses: look the method up in the contract, validate the input
 * with its schema, call the handler, and turn any failure into a typed `{ code, message }` body.
 */

import { translateSqliteError } from '../db/sqliteErrors';
import { translatePostgresError } from '../db/postgres/pgErrors';
import type { z } from 'zod';
import { contract, isMethodName } from '../../shared/contract';
import { LedgerError, type ApiErrorBody, type ApiResult } from '../../shared/errors';
import { fieldLabel } from '../../shared/domain/fields';
import { accountFieldLabel } from '../../shared/domain/accounts';
import type { ServiceContext } from './context';
import { handlers } from './index';
import { checkPermission } from './team/permissions';
import { scopeInput, scopeOutput } from './team/scopeFilter';

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** A field's Chinese/English name for messages: the last named segment of the path. */
function pathLabel(path: ReadonlyArray<PropertyKey>, method: string): { zh: string; en: string } {
  const named = [...path].reverse().find((p) => typeof p === 'string') as string | undefined;
  if (!named) return { zh: '输入', en: 'input' };
  // An account's `name` is its login name, not a project's 项目名称.
  const account = method.startsWith('accounts.') || method.startsWith('session.') ? accountFieldLabel(named) : undefined;
  const label = account ?? fieldLabel(named);
  const row = path.find((p) => typeof p === 'number');
  return row === undefined ? label : { zh: `第${Number(row) + 1}项的${label.zh}`, en: `${label.en} of item ${Number(row) + 1}` };
}

function englishFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'is required' : `expected ${issue.expected}`;
    case 'too_small':
      return `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (maximum ${String(issue.maximum)})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    default:
      return 'is not valid';
  }
}

function chineseFor(issue: z.core.$ZodIssue): string {
  // Our schemas carry Chinese messages; zod's own defaults are English.
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? '不能缺少' : `类型不对（应为${issue.expected}）`;
    case 'invalid_value':
      return `应为以下之一：${issue.values.map(String).join('、')}`;
    case 'too_small':
      return `太小（最小 ${String(issue.minimum)}）`;
    case 'too_big':
      return `太大（最大 ${String(issue.maximum)}）`;
    default:
      return '格式不对';
  }
}

export function describeZodError(method: string, error: z.ZodError): ApiErrorBody {
  const issues = error.issues.map((issue) => {
    const label = pathLabel(issue.path, method);
    return {
      path: issuePath(issue.path),
      message: `${label.zh}：${chineseFor(issue)}`,
      messageEn: `${label.en}: ${englishFor(issue)}`,
    };
  });
  return {
    code: 'invalid_input',
    message: `输入有误，未作任何修改。${issues.map((i) => i.message).join('；')}`,
    messageEn: `Invalid input to ${method}; nothing was changed. ${issues.map((i) => i.messageEn).join('; ')}`,
    issues,
  };
}

export function toErrorBody(err: unknown, dbFile?: string): ApiErrorBody {
  if (err instanceof LedgerError) return err.toBody();
  const known = translateSqliteError(err, dbFile) ?? translatePostgresError(err, dbFile);
  if (known) return known.toBody();
  const detail = err instanceof Error ? err.message : String(err);
  if (/UNIQUE constraint failed/.test(detail)) {
    return { code: 'conflict', message: `与已有记录重复，未保存（${detail}）`, messageEn: `Duplicate of an existing record; nothing was saved (${detail})` };
  }
  if (/SQLITE_BUSY|database is locked/.test(detail)) {
    return { code: 'refused', message: '数据库正被另一个程序占用，请稍后再试', messageEn: 'The database is busy in another program; try again shortly' };
  }
  return { code: 'internal', message: `内部错误，未作修改：${detail}`, messageEn: `Internal error, nothing was changed: ${detail}` };
}

export async function dispatch(ctx: ServiceContext, method: string, input: unknown): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `没有这个接口：${method}`, messageEn: `No such method: ${method}` } };
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: describeZodError(method, parsed.error) };
  try {
    await checkPermission(ctx, method, parsed.data);
    const handler = handlers[method] as (args: unknown, ctx: ServiceContext) => Promise<unknown>;
    return { ok: true, value: await scopeOutput(ctx, method, await handler(await scopeInput(ctx, method, parsed.data), ctx)) };
  } catch (err) {
    return { ok: false, error: toErrorBody(err, ctx.dbPath === ':memory:' ? undefined : ctx.dbPath) };
  }
}
