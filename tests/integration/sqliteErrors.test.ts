/** SQLite's failures reach the user as what happened and what to do, never SQLite's own English. */
import { sqliteHandle } from '../../electron/db/sqliteDb';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openLedger } from '../../electron/services/ledger';
import { openTemp, tableCounts, tempDir } from './helpers';

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

const RAW = /database or disk is full|readonly database|database is locked|unable to open|SQLITE_/;

describe('SQLite failures in words', () => {
  it('a full disk: the change is refused in Chinese and English, and nothing is half-written', async () => {
    ledger = await openTemp({ seed: true });
    const before = (await tableCounts(ledger));
    const pages = Number(sqliteHandle(ledger.ctx.db).pragma('page_count', { simple: true }));
    // The file may not grow: SQLite answers exactly as on a full disk.
    sqliteHandle(ledger.ctx.db).pragma(`max_page_count = ${pages}`);
    const err = await ledger.send('projects.create', { code: 'FULL-X', name: '磁盘已满测试', progressNote: '进度'.repeat(990), problems: '问题'.repeat(990) })
      .then(() => null, (e: Error & { body?: { messageEn: string } }) => e);
    expect(err).not.toBeNull();
    expect(err!.message).toMatch(/磁盘已满.*未保存.*清理磁盘空间/);
    expect(err!.message).not.toMatch(RAW);
    expect(err!.body?.messageEn).toMatch(/disk is full/);
    sqliteHandle(ledger.ctx.db).pragma('max_page_count = 1073741823');
    // The failed call left nothing behind: no project, no history row.
    expect((await tableCounts(ledger))).toEqual(before);
    expect((await ledger.send('data.check', {})).ok).toBe(true);
  });

  it('a read-only database: the write is refused with what to do', async () => {
    ledger = await openTemp();
    sqliteHandle(ledger.ctx.db).pragma('query_only = ON');
    const err = await ledger.send('projects.create', { code: 'RO-1', name: '只读测试' }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/只读.*取消“只读”/);
    expect((err as Error).message).not.toMatch(RAW);
  });

  it('a database locked by another program: refused with try-again words, not "database is locked"', async () => {
    ledger = await openTemp();
    sqliteHandle(ledger.ctx.db).pragma('busy_timeout = 50');
    const other = new Database(ledger.ctx.dbPath);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const err = await ledger.send('projects.create', { code: 'LK-1', name: '锁定测试' }).catch((e: Error) => e);
      expect((err as Error).message).toMatch(/正被另一个程序占用.*稍后再试/);
      expect((err as Error).message).not.toMatch(RAW);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('a database that cannot be opened names the file and the likely causes', async () => {
    const dir = tempDir();
    const asFolder = path.join(dir, 'ledger.sqlite');
    fs.mkdirSync(asFolder);
    const err = await openLedger({ dbPath: asFolder }).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/无法打开数据库文件.*ledger\.sqlite/);
    expect((err as Error).message).not.toMatch(RAW);
  });
});
