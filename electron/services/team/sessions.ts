/**
 * 团队版 sessions: signing in gives a random token (sent to the browser as an HttpOnly cookie by
 * the team transport) of which only a hash is stored; a session ends after SESSION_IDLE_MINUTES
 * without a call or SESSION_MAX_HOURS after signing in, whichever comes first; disabling an account
 * or resetting its password ends its sessions. Failed sign-ins go through the rate limiter, and
 * every failure says the same thing, so a guesser learns nothing of which names exist.
 */

import crypto from 'node:crypto';
import { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } from '../../../shared/domain/accounts';
import { LedgerError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { deleteSession, findAccountByName, getAccountRecord, getSessionRecord, insertSession, setPasswordHash, touchSession } from '../../db/queries/accounts';
import type { Account } from '../context';
import { accountOf } from './accounts';
import type { LoginLimiter } from './loginLimiter';
import { hashPassword, needsRehash, verifyPassword } from './passwords';

/** A session's last-seen time is written at most this often: not one write per call. */
const TOUCH_EVERY_MS = 60_000;
/** Checked against when the name does not exist, so both cases take the same time. */
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function tokenHash(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export interface SignedIn {
  token: string;
  account: Account;
}

export async function signIn(db: Db, limiter: LoginLimiter, input: { name: string; password: string; address: string; now: Date }): Promise<SignedIn> {
  limiter.check(input.name, input.address);
  const found = findAccountByName(db, input.name.trim());
  const ok = await verifyPassword(input.password, found?.password_hash ?? DUMMY_HASH);
  if (!found || !ok || found.disabled === 1) {
    limiter.failed(input.name, input.address);
    throw new LedgerError('unauthorized', '登录名或密码不对（或账户已停用）', 'Wrong login name or password (or the account is disabled)');
  }
  limiter.succeeded(input.name);
  const at = input.now.toISOString();
  if (needsRehash(found.password_hash)) setPasswordHash(db, found.id, await hashPassword(input.password), at);
  const token = crypto.randomBytes(32).toString('base64url');
  insertSession(db, { token_hash: tokenHash(token), account_id: found.id, created_at: at, last_seen_at: at, address: input.address });
  return { token, account: accountOf(found) };
}

/** The signed-in account of a token, or null when the session is unknown, expired or its account disabled. */
export function resolveSession(db: Db, token: string, now: Date): Account | null {
  const hash = tokenHash(token);
  const session = getSessionRecord(db, hash);
  if (!session) return null;
  const t = now.getTime();
  const idle = t - Date.parse(session.last_seen_at) > SESSION_IDLE_MINUTES * 60_000;
  const tooOld = t - Date.parse(session.created_at) > SESSION_MAX_HOURS * 3_600_000;
  const account = getAccountRecord(db, session.account_id);
  if (idle || tooOld || !account || account.disabled === 1) {
    deleteSession(db, hash);
    return null;
  }
  if (t - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) touchSession(db, hash, now.toISOString());
  return accountOf(account);
}

export function signOut(db: Db, token: string): void {
  deleteSession(db, tokenHash(token));
}
