/**
 * What the signed-in person may do, for the UI to offer only that: derived from the contract's
 * per-method rule (METHOD_ACCESS) and the account of `session.me`. The single-PC register (no
 * account) may do everything. The server stays the authority: it refuses (403) whatever slips by.
 */
import { METHOD_ACCESS } from '../../../shared/api/access';
import type { MethodName } from '../../../shared/contract';
import type { AccountInfo } from '../../../shared/domain/accounts';
import { inFillScope, ROLE_LABELS, roleMay } from '../../../shared/domain/roles';
import { currentLanguage } from '../i18n';
import { useMemo } from 'react';
import { useSession } from './session';

export interface Permissions {
  account: AccountInfo | null;
  /** Whether the person's role allows calling the method at all. */
  may(method: MethodName): boolean;
  /** Whether the person may change this project (a 填报 only within their 区域 or 责任单位). */
  mayChange(project: { area: string; ownerUnit: string }): boolean;
  /** The role's name in the UI's language ('' on the single-PC register). */
  roleName: string;
}

export function permissionsFor(account: AccountInfo | null): Permissions {
  const may = (method: MethodName) => !account || roleMay(account.role, METHOD_ACCESS[method]);
  return {
    account,
    may,
    mayChange: (project) => may('projects.update') && (account?.role !== 'filler' || inFillScope(account.scope, project)),
    roleName: account ? ROLE_LABELS[account.role][currentLanguage()] : '',
  };
}

/** The same object while the account and language stay: grids keyed on it do not redraw. */
export function usePermissions(): Permissions {
  const session = useSession();
  const account = session.mode === 'team' ? session.account : null;
  const language = currentLanguage();
  // The language is a dependency on purpose: the role's name follows it.
  return useMemo(() => permissionsFor(account), [account, language]);
}
