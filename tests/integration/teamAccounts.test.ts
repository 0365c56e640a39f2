/**
 * 团队版 accounts and sessions: 管理员 create and change people; signing in gives a session that
 * ends when idle, when too old, or when the account is disabled or its password reset; wrong
 * names and wrong passwords read the same; guessing is slowed; the last 管理员 stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from '../../shared/domain/accounts';
import { dispatch } from '../../electron/services/dispatch';
import type { Account } from '../../electron/services/context';
import type { Ledger } from '../../electron/services/ledger';
import { createLoginLimiter } from '../../electron/services/team/loginLimiter';
import { resolveSession, signIn, signOut } from '../../electron/services/team/sessions';
import path from 'node:path';
import { openTemp, runLedgerCli, tempDir } from './helpers';

let ledger: Ledger;
let admin: Account;
const limiter = createLoginLimiter();
const t0 = new Date('2026-12-01T08:30:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

function as(account: Account, method: string, input: unknown) {
  return dispatch({ ...ledger.ctx, account, actor: account.displayName }, method, input);
}

beforeAll(async () => {
  ledger = await openTemp();
  // The first 管理员 is made on the server itself (no account yet: the single-PC path).
  const first = await ledger.send('accounts.create', { name: 'admin', displayName: '区投促局 管理员', role: 'admin', password: 'guanliyuan-2026' });
  admin = { id: first.id, name: first.name, displayName: first.displayName, role: 'admin', scope: {} };
});
afterAll(() => ledger.close());

describe('accounts', () => {
  it('管理员 add people with roles; a 填报 account needs its 区域 or 责任单位; names are unique ignoring case', async () => {
    const made = await as(admin, 'accounts.create', { name: 'fh01', displayName: '李四', role: 'filler', scope: { area: '凤凰街道' }, password: 'fenghuang-01' });
    expect(made).toMatchObject({ ok: true, value: { name: 'fh01', role: 'filler', scope: { area: '凤凰街道' }, disabled: false } });
    expect(JSON.stringify(made)).not.toContain('scrypt');
    expect(await as(admin, 'accounts.create', { name: 'lx01', displayName: '王五', role: 'filler', password: 'longxi-0001' }))
      .toMatchObject({ ok: false, error: { message: '填报账户须指定所属区域或责任单位' } });
    expect(await as(admin, 'accounts.create', { name: 'FH01', displayName: '重名', role: 'viewer', password: 'chongming-1' }))
      .toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await as(admin, 'accounts.create', { name: 'short', displayName: '短密码', role: 'viewer', password: '1234' }))
      .toMatchObject({ ok: false, error: { message: '密码至少 8 个字符' } });
    const history = await ledger.send('history.list', {});
    expect(history.some((h) => h.entity === 'account' && h.actor === '区投促局 管理员')).toBe(true);
  });

  it('signs in, keeps the session while used, and ends it when idle or too old', async () => {
    const { token, account } = await signIn(ledger.ctx.db, limiter, { name: 'FH01', password: 'fenghuang-01', address: '10.0.0.5', now: t0 });
    expect(account).toMatchObject({ name: 'fh01', displayName: '李四', role: 'filler', scope: { area: '凤凰街道' } });
    expect(resolveSession(ledger.ctx.db, token, minutes(SESSION_IDLE_MINUTES - 1))?.name).toBe('fh01');
    expect(resolveSession(ledger.ctx.db, token, minutes(2 * SESSION_IDLE_MINUTES - 2))?.name).toBe('fh01');
    expect(resolveSession(ledger.ctx.db, token, minutes(4 * SESSION_IDLE_MINUTES))).toBeNull();
    // Used every hour, a session still ends SESSION_MAX_HOURS after signing in.
    const second = await signIn(ledger.ctx.db, limiter, { name: 'fh01', password: 'fenghuang-01', address: '10.0.0.5', now: t0 });
    for (let h = 1; h < SESSION_MAX_HOURS; h++) expect(resolveSession(ledger.ctx.db, second.token, minutes(h * 60))).not.toBeNull();
    expect(resolveSession(ledger.ctx.db, second.token, minutes(SESSION_MAX_HOURS * 60 + 1))).toBeNull();
    const third = await signIn(ledger.ctx.db, limiter, { name: 'fh01', password: 'fenghuang-01', address: '10.0.0.5', now: t0 });
    signOut(ledger.ctx.db, third.token);
    expect(resolveSession(ledger.ctx.db, third.token, t0)).toBeNull();
  });

  it('says the same for a wrong name and a wrong password, and slows a guesser', async () => {
    const a = await signIn(ledger.ctx.db, limiter, { name: 'nobody', password: 'fenghuang-01', address: '10.0.0.66', now: t0 }).catch((e: Error) => e.message);
    const b = await signIn(ledger.ctx.db, limiter, { name: 'fh01', password: 'guess-0000', address: '10.0.0.66', now: t0 }).catch((e: Error) => e.message);
    expect(a).toBe('登录名或密码不对（或账户已停用）');
    expect(a).toBe(b);
    for (let i = 0; i < 4; i++) await signIn(ledger.ctx.db, limiter, { name: 'fh01', password: `guess-${i}xxxx`, address: `10.0.1.${i}`, now: t0 }).catch(() => undefined);
    // Five wrong passwords for fh01: even the right one, from another address, must wait now.
    await expect(signIn(ledger.ctx.db, limiter, { name: 'fh01', password: 'fenghuang-01', address: '10.0.0.67', now: t0 })).rejects.toThrow('登录失败次数过多');
  });

  it('disabling or resetting a password ends the sessions; the last 管理员 cannot be demoted', async () => {
    const fresh = createLoginLimiter();
    const viewer = await ledger.send('accounts.create', { name: 'lingdao', displayName: '王副区长', role: 'viewer', password: 'lingdao-2026' });
    const session = await signIn(ledger.ctx.db, fresh, { name: 'lingdao', password: 'lingdao-2026', address: '10.0.0.9', now: t0 });
    await as(admin, 'accounts.resetPassword', { id: viewer.id, password: 'lingdao-2027' });
    expect(resolveSession(ledger.ctx.db, session.token, t0)).toBeNull();
    const again = await signIn(ledger.ctx.db, fresh, { name: 'lingdao', password: 'lingdao-2027', address: '10.0.0.9', now: t0 });
    expect((await as(admin, 'accounts.update', { id: viewer.id, disabled: true })).ok).toBe(true);
    expect(resolveSession(ledger.ctx.db, again.token, t0)).toBeNull();
    await expect(signIn(ledger.ctx.db, fresh, { name: 'lingdao', password: 'lingdao-2027', address: '10.0.0.9', now: t0 })).rejects.toThrow('登录名或密码不对');

    expect(await as(admin, 'accounts.update', { id: admin.id, role: 'editor' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('最后一个管理员') } });
    expect(await as(admin, 'session.me', {})).toMatchObject({ ok: true, value: { account: { name: 'admin', role: 'admin' } } });
    expect(await as(admin, 'session.changePassword', { current: 'wrong-password', next: 'guanliyuan-2027' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('当前密码不对') } });
    expect((await as(admin, 'session.changePassword', { current: 'guanliyuan-2026', next: 'guanliyuan-2027' })).ok).toBe(true);
    // On the single-PC register nobody is signed in.
    expect(await ledger.send('session.me', {})).toEqual({ account: null });
  });

  it('ledger team add-user makes the first 管理员 on the server, the password kept out of the command line', async () => {
    const db = path.join(tempDir(), 'team.sqlite');
    expect(runLedgerCli(['init', '--db', db]).code).toBe(0);
    const bad = runLedgerCli(['team', 'add-user', 'admin', '--role', 'boss', '--display-name', '管理员', '--db', db], { ...process.env, LEDGER_NEW_PASSWORD: 'guanliyuan-2026' });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--role 应为 admin、editor、filler、viewer 之一');
    const made = runLedgerCli(['team', 'add-user', 'admin', '--role', 'admin', '--display-name', '区投促局 管理员', '--db', db], { ...process.env, LEDGER_NEW_PASSWORD: 'guanliyuan-2026' });
    expect(made.code, made.err).toBe(0);
    expect(made.out).toContain('已添加账户 / account added: admin');
    const server = await openTemp({ dbPath: db });
    try {
      const { account } = await signIn(server.ctx.db, createLoginLimiter(), { name: 'admin', password: 'guanliyuan-2026', address: '127.0.0.1', now: t0 });
      expect(account).toMatchObject({ role: 'admin', displayName: '区投促局 管理员' });
    } finally {
      server.close();
    }
  }, 120_000);
});
