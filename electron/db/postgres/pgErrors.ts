/**
 * PostgreSQL's failures in words a clerk (or the office's IT) can act on, like SQLite's in
 * sqliteErrors.ts. The server's own texts stay in the detail for IT.
 */

import { LedgerError } from '../../../shared/errors';

/** The address without its password, for messages and 数据 → 数据库位置. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

interface PgFailure {
  code?: string;
  message?: string;
}

/** The LedgerError for a PostgreSQL or connection failure, or undefined when `err` is not one this knows. */
export function translatePostgresError(err: unknown, where?: string): LedgerError | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const { code, message = '' } = err as PgFailure;
  const at = where ? `（${where}）` : '';
  const atEn = where ? ` (${where})` : '';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH') {
    return new LedgerError('refused', `连不上团队数据库${at}：服务器未启动或地址、端口有误。请联系管理员检查 PostgreSQL 服务。`, `Cannot reach the team database${atEn}: the server is not running, or the address or port is wrong. Ask IT to check the PostgreSQL service.`);
  }
  if (code === '28P01' || code === '28000') {
    return new LedgerError('refused', `团队数据库拒绝登录${at}：用户名或密码不对。请检查数据库地址中的账号。`, `The team database refused the login${atEn}: wrong user name or password in the database address.`);
  }
  if (code === '3D000') {
    return new LedgerError('refused', `团队数据库不存在${at}。请先用 createdb 建好数据库。`, `The team database does not exist${atEn}. Create it first (createdb).`);
  }
  if (code === '23505') {
    return new LedgerError('conflict', `与已有记录重复，未保存（${message}）`, `Duplicate of an existing record; nothing was saved (${message})`);
  }
  if (code === '53100') {
    return new LedgerError('refused', `团队数据库所在磁盘已满${at}，本次修改未保存。请联系管理员。`, `The team database's disk is full${atEn}; the change was not saved. Ask IT.`);
  }
  if (code === '25006') {
    return new LedgerError('refused', `团队数据库处于只读状态${at}（例如备用服务器），无法保存修改。`, `The team database is read-only${atEn} (a standby server?); changes cannot be saved.`);
  }
  if (code === '55P03') {
    return new LedgerError('refused', `另一位同事正在保存较多数据（例如导入或月结）${at}，本次修改未保存，请稍后重试。`, `A colleague is saving a large change (an import or a month close?)${atEn}; nothing was saved. Try again shortly.`);
  }
  if (code === '57P01' || code === '57P03' || code === '08006' || code === '08003') {
    return new LedgerError('refused', `与团队数据库的连接中断${at}，本次操作未完成，请稍后重试。`, `The connection to the team database was lost${atEn}; nothing was done. Try again shortly.`);
  }
  return undefined;
}
