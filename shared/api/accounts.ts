/** 团队版 accounts: 管理员 manage them; each person sees who they are and changes their own password. */

import { z } from 'zod';
import type { AccountInfo } from '../domain/accounts';
import { ROLES } from '../domain/roles';
import { id } from '../schemas';
import { command, query } from './method';

const loginName = z.string().trim().min(2, { message: '登录名至少2个字符' }).max(40, { message: '登录名不能超过40个字符' })
  .regex(/^[A-Za-z0-9_.-]+$/, { message: '登录名只能用字母、数字和 _ . -' });
const displayName = z.string().trim().min(1, { message: '请填写姓名' }).max(40, { message: '姓名不能超过40个字' });
const password = z.string().min(1, { message: '请填写密码' }).max(200, { message: '密码太长' });
const role = z.enum(ROLES, { message: '角色应为 admin、editor、filler、viewer 之一' });
const scope = z.object({ area: z.string().trim().max(100).optional(), unit: z.string().trim().max(100).optional() }).strict();

export const accountMethods = {
  'accounts.list': query<AccountInfo[]>()(z.object({}).strict()),
  'accounts.create': command<AccountInfo>()(z.object({ name: loginName, displayName, role, scope: scope.optional(), password }).strict()),
  'accounts.update': command<AccountInfo>()(
    z.object({ id, displayName: displayName.optional(), role: role.optional(), scope: scope.optional(), disabled: z.boolean().optional() }).strict(),
  ),
  /** Sets a new password and signs the person out everywhere. */
  'accounts.resetPassword': command<{ id: number }>()(z.object({ id, password }).strict()),
  /** Who is calling: the signed-in account on a team server, null on the single-PC register. */
  'session.me': query<{ account: AccountInfo | null }>()(z.object({}).strict()),
  'session.changePassword': command<{ changed: true }>()(z.object({ current: password, next: password }).strict()),
};
