/**
 * 团队版 accounts: 管理员 create people with a role (and a 填报 user's 区域 or 责任单位), change
 * them, disable them and reset passwords; the last active 管理员 cannot be demoted or disabled, so
 * an office cannot lock itself out. Changes to accounts are recorded in the history.
 */

import type { AccountInfo } from '../../../shared/domain/accounts';
import type { FillScope, Role } from '../../../shared/domain/roles';
import { LedgerError } from '../../../shared/errors';
import { inTransaction } from '../../db/connection';
import { recordChanges } from '../../db/queries/changes';
import {
  countActiveAdmins, deleteSessionsOf, findAccountByName, getAccountRecord, insertAccount, listAccountRecords, setPasswordHash, updateAccountRecord,
  type AccountRecord,
} from '../../db/queries/accounts';
import type { Account, HandlerMap, ServiceContext } from '../context';
import { hashPassword, verifyPassword } from './passwords';

export function accountInfo(r: AccountRecord): AccountInfo {
  return {
    id: r.id,
    name: r.name,
    displayName: r.display_name,
    role: r.role as Role,
    scope: { ...(r.scope_area ? { area: r.scope_area } : {}), ...(r.scope_unit ? { unit: r.scope_unit } : {}) },
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** What the dispatcher checks for a signed-in person. */
export function accountOf(r: AccountRecord): Account {
  const info = accountInfo(r);
  return { id: info.id, name: info.name, displayName: info.displayName, role: info.role, scope: info.scope };
}

function mustFind(ctx: ServiceContext, id: number): AccountRecord {
  const found = getAccountRecord(ctx.db, id);
  if (!found) throw new LedgerError('not_found', `没有这个账户（${id}）`, `No such account (${id})`);
  return found;
}

function checkScope(role: Role, scope: FillScope): void {
  if (role === 'filler' && !scope.area && !scope.unit) {
    throw new LedgerError('invalid_input', '填报账户须指定所属区域或责任单位', 'A reporter account needs its 区域 (area) or 责任单位 (unit)');
  }
}

function record(ctx: ServiceContext, accountId: number, field: string, before: unknown, after: unknown): void {
  recordChanges(ctx.db, [{ at: ctx.clock.now(), actor: ctx.actor, entity: 'account', entityId: accountId, projectId: null, field, before, after }]);
}

export const accountHandlers: HandlerMap<'accounts.list' | 'accounts.create' | 'accounts.update' | 'accounts.resetPassword' | 'session.me' | 'session.changePassword'> = {
  async 'accounts.list'(_input, ctx) {
    return listAccountRecords(ctx.db).map(accountInfo);
  },

  async 'accounts.create'(input, ctx) {
    const scope = input.scope ?? {};
    checkScope(input.role, scope);
    if (findAccountByName(ctx.db, input.name)) throw new LedgerError('conflict', `登录名「${input.name}」已被使用`, `The login name "${input.name}" is taken`);
    const hash = await hashPassword(input.password);
    const now = ctx.clock.now();
    const id = inTransaction(ctx.db, () => {
      const created = insertAccount(ctx.db, { name: input.name, display_name: input.displayName, role: input.role, scope_area: scope.area ?? '', scope_unit: scope.unit ?? '', password_hash: hash, disabled: 0, created_at: now, updated_at: now });
      record(ctx, created, '*', null, { name: input.name, displayName: input.displayName, role: input.role, scope });
      return created;
    });
    return accountInfo(mustFind(ctx, id));
  },

  async 'accounts.update'(input, ctx) {
    return inTransaction(ctx.db, () => {
      const before = mustFind(ctx, input.id);
      const info = accountInfo(before);
      const role = input.role ?? info.role;
      const scope = input.scope ?? info.scope;
      const disabled = input.disabled ?? info.disabled;
      checkScope(role, scope);
      const stillAdmin = role === 'admin' && !disabled;
      if (info.role === 'admin' && !info.disabled && !stillAdmin && countActiveAdmins(ctx.db) <= 1) {
        throw new LedgerError('refused', '这是最后一个管理员账户，不能降级或停用；请先另设一位管理员', 'This is the last administrator; it cannot be demoted or disabled. Make someone else an administrator first');
      }
      updateAccountRecord(ctx.db, { id: input.id, display_name: input.displayName ?? info.displayName, role, scope_area: scope.area ?? '', scope_unit: scope.unit ?? '', disabled: disabled ? 1 : 0, updated_at: ctx.clock.now() });
      if (disabled) deleteSessionsOf(ctx.db, input.id);
      const after = accountInfo(mustFind(ctx, input.id));
      for (const field of ['displayName', 'role', 'scope', 'disabled'] as const) {
        if (JSON.stringify(info[field]) !== JSON.stringify(after[field])) record(ctx, input.id, field, info[field], after[field]);
      }
      return after;
    });
  },

  async 'accounts.resetPassword'(input, ctx) {
    mustFind(ctx, input.id);
    const hash = await hashPassword(input.password);
    inTransaction(ctx.db, () => {
      setPasswordHash(ctx.db, input.id, hash, ctx.clock.now());
      deleteSessionsOf(ctx.db, input.id);
      record(ctx, input.id, 'password', null, '（已重置）');
    });
    return { id: input.id };
  },

  async 'session.me'(_input, ctx) {
    if (!ctx.account) return { account: null };
    const found = getAccountRecord(ctx.db, ctx.account.id);
    return { account: found ? accountInfo(found) : null };
  },

  async 'session.changePassword'(input, ctx) {
    if (!ctx.account) throw new LedgerError('refused', '单机版没有账户和密码', 'The single-PC register has no accounts or passwords');
    const found = mustFind(ctx, ctx.account.id);
    if (!(await verifyPassword(input.current, found.password_hash))) throw new LedgerError('refused', '当前密码不对，密码未修改', 'The current password is wrong; the password was not changed');
    const hash = await hashPassword(input.next);
    inTransaction(ctx.db, () => {
      setPasswordHash(ctx.db, found.id, hash, ctx.clock.now());
      record(ctx, found.id, 'password', null, '（本人修改）');
    });
    return { changed: true };
  },
};
