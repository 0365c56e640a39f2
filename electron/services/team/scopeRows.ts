/**
 * A 填报 account sees only the projects of their 区域 or 责任单位: the register's rows are narrowed
 * where they are listed (registerRows.listRows), so the register, 首页 and 投资汇总's live tables
 * count only those. Everyone else (and the single-PC register) sees every row.
 */

import { inFillScope } from '../../../shared/domain/roles';
import type { ServiceContext } from '../context';

export function scopedRows<T extends { area: string; ownerUnit: string }>(ctx: ServiceContext, rows: T[]): T[] {
  const account = ctx.account;
  if (account?.role !== 'filler') return rows;
  return rows.filter((row) => inFillScope(account.scope, row));
}
