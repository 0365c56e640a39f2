/**
 * What a signed-in person may do, for the UI to offer only that: derived from the contract's
 * per-method rule (METHOD_ACCESS) and the account of `session.me`. The single-PC register (no
 * account) may do everything. The server stays the authority: it refuses (403) whatever slips by.
 */
import { METHOD_ACCESS } from '../../../shared/api/access';
import type { MethodName } from '../../../shared/contract';
import type { AccountInfo } from '../../../shared/domain/accounts';
import { inFillScope, ROLE_LABELS, roleMay } from '../../../shared/domain/roles';

export interface Permissions {
  account: AccountInfo | null;
  /** Whether the person's role allows calling the method at all. */
  may(method: MethodName): boolean;
  /** Whether the person may change this project (a 填报 only within their 区域 or 责任单位). */
  mayChange(project: { area: string; ownerUnit: string }): boolean;
  /** The role's name in the UI's language ('' on the single-PC register). */
  roleName: string;
}

export function permissionsFor(account: AccountInfo | null, language: 'zh' | 'en'): Permissions {
  const may = (method: MethodName) => !account || roleMay(account.role, METHOD_ACCESS[method]);
  return {
    account,
    may,
    mayChange: (project) => may('projects.update') && (account?.role !== 'filler' || inFillScope(account.scope, project)),
    roleName: account ? ROLE_LABELS[account.role][language] : '',
  };
}
