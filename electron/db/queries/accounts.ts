/** SQL of 团队版 accounts and their sessions (only token hashes are stored). */

import type { Db } from '../connection';

export interface AccountRecord {
  id: number;
  name: string;
  display_name: string;
  role: string;
  scope_area: string;
  scope_unit: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionRecord {
  token_hash: string;
  account_id: number;
  created_at: string;
  last_seen_at: string;
  address: string;
}

const COLUMNS = 'id, name, display_name, role, scope_area, scope_unit, password_hash, disabled, created_at, updated_at';

export function listAccountRecords(db: Db): AccountRecord[] {
  return db.prepare(`SELECT ${COLUMNS} FROM accounts ORDER BY id`).all() as AccountRecord[];
}

export function getAccountRecord(db: Db, id: number): AccountRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`).get(id) as AccountRecord | undefined;
}

/** Login names are matched without regard to case: 'ZhangSan' and 'zhangsan' are one person. */
export function findAccountByName(db: Db, name: string): AccountRecord | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM accounts WHERE lower(name) = lower(?)`).get(name) as AccountRecord | undefined;
}

export function countActiveAdmins(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM accounts WHERE role = 'admin' AND disabled = 0`).get() as { n: number }).n;
}

export function insertAccount(db: Db, a: Omit<AccountRecord, 'id'>): number {
  const result = db.prepare(`INSERT INTO accounts (name, display_name, role, scope_area, scope_unit, password_hash, disabled, created_at, updated_at)
    VALUES (@name, @display_name, @role, @scope_area, @scope_unit, @password_hash, @disabled, @created_at, @updated_at)`).run(a);
  return Number(result.lastInsertRowid);
}

export function updateAccountRecord(db: Db, a: Pick<AccountRecord, 'id' | 'display_name' | 'role' | 'scope_area' | 'scope_unit' | 'disabled' | 'updated_at'>): void {
  db.prepare(`UPDATE accounts SET display_name = @display_name, role = @role, scope_area = @scope_area, scope_unit = @scope_unit,
    disabled = @disabled, updated_at = @updated_at WHERE id = @id`).run(a);
}

export function setPasswordHash(db: Db, id: number, hash: string, at: string): void {
  db.prepare(`UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?`).run(hash, at, id);
}

export function insertSession(db: Db, s: SessionRecord): void {
  db.prepare(`INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, address) VALUES (@token_hash, @account_id, @created_at, @last_seen_at, @address)`).run(s);
}

export function getSessionRecord(db: Db, tokenHash: string): SessionRecord | undefined {
  return db.prepare(`SELECT token_hash, account_id, created_at, last_seen_at, address FROM sessions WHERE token_hash = ?`).get(tokenHash) as SessionRecord | undefined;
}

export function touchSession(db: Db, tokenHash: string, at: string): void {
  db.prepare(`UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?`).run(at, tokenHash);
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.prepare(`DELETE FROM sessions WHERE token_hash = ?`).run(tokenHash);
}

/** Signs a person out everywhere (password reset, account disabled). */
export function deleteSessionsOf(db: Db, accountId: number): void {
  db.prepare(`DELETE FROM sessions WHERE account_id = ?`).run(accountId);
}
