/** 团队版 accounts as the UI and the API show them (never with a password hash). */

import type { FillScope, Role } from './roles';

export interface AccountInfo {
  id: number;
  /** Login name. */
  name: string;
  /** The real person's name, recorded in the history. */
  displayName: string;
  role: Role;
  scope: FillScope;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Sign-in rules of the team server: a session ends after this long idle, or this long after sign-in. */
export const SESSION_IDLE_MINUTES = 120;
export const SESSION_MAX_HOURS = 12;

/**
 * The team server's answer to a call without a live session carries this header (401), so the page
 * shows its sign-in form rather than an error; the loopback host's 401 (no token) does not.
 */
export const SIGN_IN_HEADER = 'x-ledger-sign-in';

/** The fields of the account methods as a refusal names them ("登录名：…"), not as a project's. */
const ACCOUNT_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  name: { zh: '登录名', en: 'login name' },
  displayName: { zh: '姓名', en: 'name' },
  role: { zh: '角色', en: 'role' },
  scope: { zh: '区域 / 责任单位', en: 'area / unit' },
  area: { zh: '区域', en: 'area' },
  unit: { zh: '责任单位', en: 'unit' },
  password: { zh: '密码', en: 'password' },
  current: { zh: '当前密码', en: 'current password' },
  next: { zh: '新密码', en: 'new password' },
  disabled: { zh: '停用', en: 'disabled' },
};

export function accountFieldLabel(name: string): { zh: string; en: string } | undefined {
  return ACCOUNT_FIELD_LABELS[name];
}
