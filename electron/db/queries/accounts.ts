/** SQL of 团队版 accounts and their sessions (only token hashes are stored). */

import { sql, insertedId, type Db } from '../db';

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

const COLUMNS = sql.raw('id, name, display_name, role, scope_area, scope_unit, password_hash, disabled, created_at, updated_at');

export async function listAccountRecords(db: Db): Promise<AccountRecord[]> {
  return db.all(sql<AccountRecord>`SELECT ${COLUMNS} FROM accounts ORDER BY id`);
}

export async function getAccountRecord(db: Db, id: number): Promise<AccountRecord | undefined> {
  return db.get(sql<AccountRecord>`SELECT ${COLUMNS} FROM accounts WHERE id = ${id}`);
}

/** Login names are matched without regard to case: 'ZhangSan' and 'zhangsan' are one person. */
export async function findAccountByName(db: Db, name: string): Promise<AccountRecord | undefined> {
  return db.get(sql<AccountRecord>`SELECT ${COLUMNS} FROM accounts WHERE lower(name) = lower(${name})`);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  return (await db.get(sql<{ n: number }>`SELECT count(*) AS n FROM accounts WHERE role = 'admin' AND disabled = 0`))?.n ?? 0;
}

export async function insertAccount(db: Db, a: Omit<AccountRecord, 'id'>): Promise<number> {
  return insertedId(await db.get(sql<{ id: number }>`INSERT INTO accounts (name, display_name, role, scope_area, scope_unit, password_hash, disabled, created_at, updated_at)
    VALUES (${a.name}, ${a.display_name}, ${a.role}, ${a.scope_area}, ${a.scope_unit}, ${a.password_hash}, ${a.disabled}, ${a.created_at}, ${a.updated_at}) RETURNING id`));
}

export async function updateAccountRecord(db: Db, a: Pick<AccountRecord, 'id' | 'display_name' | 'role' | 'scope_area' | 'scope_unit' | 'disabled' | 'updated_at'>): Promise<void> {
  await db.run(sql`UPDATE accounts SET display_name = ${a.display_name}, role = ${a.role}, scope_area = ${a.scope_area}, scope_unit = ${a.scope_unit},
    disabled = ${a.disabled}, updated_at = ${a.updated_at} WHERE id = ${a.id}`);
}

export async function setPasswordHash(db: Db, id: number, hash: string, at: string): Promise<void> {
  await db.run(sql`UPDATE accounts SET password_hash = ${hash}, updated_at = ${at} WHERE id = ${id}`);
}

export async function insertSession(db: Db, s: SessionRecord): Promise<void> {
  await db.run(sql`INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, address)
    VALUES (${s.token_hash}, ${s.account_id}, ${s.created_at}, ${s.last_seen_at}, ${s.address})`);
}

export async function getSessionRecord(db: Db, tokenHash: string): Promise<SessionRecord | undefined> {
  return db.get(sql<SessionRecord>`SELECT token_hash, account_id, created_at, last_seen_at, address FROM sessions WHERE token_hash = ${tokenHash}`);
}

export async function touchSession(db: Db, tokenHash: string, at: string): Promise<void> {
  await db.run(sql`UPDATE sessions SET last_seen_at = ${at} WHERE token_hash = ${tokenHash}`);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.run(sql`DELETE FROM sessions WHERE token_hash = ${tokenHash}`);
}

/** Signs a person out everywhere (password reset, account disabled). */
export async function deleteSessionsOf(db: Db, accountId: number): Promise<void> {
  await db.run(sql`DELETE FROM sessions WHERE account_id = ${accountId}`);
}
