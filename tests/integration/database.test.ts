import { sqliteHandle } from '../../electron/db/sqliteDb';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { isNetworkLocation, openDatabase } from '../../electron/db/connection';
import { loadMigrations, migrate, schemaVersion } from '../../electron/db/migrate';
import { LedgerError } from '../../shared/errors';
import { fixedClock } from '../../shared/domain/dates';
import { openTemp, tempDir } from './helpers';

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

describe('database and migrations', () => {
  it('migrates an empty file to the latest schema with WAL, FULL sync and foreign keys', async () => {
    ledger = await openTemp();
    const db = sqliteHandle(ledger.ctx.db);
    expect(schemaVersion(db)).toBe(loadMigrations().length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    expect(ledger.migration).toMatchObject({ from: 0, backupPath: null });
    const lists = await ledger.send('codeLists.get', {});
    expect(lists.area).toContain('湖州科技城');
    expect((await ledger.send('templates.list', {}))[0]?.steps).toHaveLength(9);
  });

  it('refuses a database from a newer app version and leaves it byte for byte untouched', async () => {
    const file = path.join(tempDir(), 'newer.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_stuff (x)');
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(file);
    const attempt = openLedger({ dbPath: file, clock: fixedClock('2026-11-22') });
    await expect(attempt).rejects.toBeInstanceOf(LedgerError);
    await expect(openLedger({ dbPath: file })).rejects.toThrow(/更新版本的程序创建.*结构版本 99/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('before-v'))).toEqual([]);
  });

  it('takes a backup before migrating an existing database, and the backup opens with the old data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.sqlite');
    const migrations = loadMigrations();
    const db = openDatabase(file);
    // A database at version 1 holding one project, then a second (test-only) migration arrives.
    migrate(db, file, migrations.slice(0, 1));
    db.prepare(`INSERT INTO projects (code, name, created_at, updated_at) VALUES ('A-1', '旧项目', 'x', 'x')`).run();
    const next = [...migrations, { version: migrations.length + 1, name: 'test_extra', sql: 'CREATE TABLE extra_test (id INTEGER PRIMARY KEY);' }];
    const result = migrate(db, file, next);
    db.close();
    expect(result).toMatchObject({ from: 1, to: migrations.length + 1 });
    expect(result.backupPath).toMatch(/before-v2/);
    const backup = new Database(result.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM projects').all()).toEqual([{ name: '旧项目' }]);
    backup.close();
  });

  it('runs a failing migration in one transaction: nothing of it stays', () => {
    const file = path.join(tempDir(), 'fail.sqlite');
    const db = openDatabase(file);
    const broken = [{ version: 1, name: 'broken', sql: 'CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrate(db, file, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half'`).all()).toEqual([]);
    db.close();
  });

  it('refuses a database on a UNC network path', () => {
    expect(isNetworkLocation('\\\\fileserver\\share\\ledger.sqlite')).toBe(true);
    expect(isNetworkLocation('//fileserver/share/ledger.sqlite')).toBe(true);
    expect(isNetworkLocation(path.join(tempDir(), 'local.sqlite'))).toBe(false);
    expect(() => openDatabase('\\\\fileserver\\share\\ledger.sqlite')).toThrow(/网络共享位置/);
  });

  it('fills a new database with the sample register once; a cleared register stays empty', async () => {
    const file = path.join(tempDir(), 'sample.sqlite');
    ledger = await openLedger({ dbPath: file, clock: fixedClock('2026-11-22'), seedSampleIfNew: true });
    expect(ledger.seeded).toBe(true);
    const count = (await ledger.send('data.info', {})).projectCount;
    expect(count).toBeGreaterThanOrEqual(40);
    expect(count).toBeLessThanOrEqual(80);
    await expect(ledger.send('data.clear', { confirm: 'yes' } as never)).rejects.toThrow(/清空/);
    expect((await ledger.send('data.clear', { confirm: '清空' })).removed).toBe(count);
    await ledger.close();
    ledger = await openLedger({ dbPath: file, clock: fixedClock('2026-11-22'), seedSampleIfNew: true });
    expect(ledger.seeded).toBe(false);
    expect((await ledger.send('data.info', {})).projectCount).toBe(0);
  });

  it('backs up to a readable copy and reports the database sound', async () => {
    ledger = await openTemp();
    await ledger.send('projects.create', { code: 'B-1', name: '备份测试项目', totalInvestment: 500_000_000 });
    const out = path.join(tempDir(), 'copy.sqlite');
    expect((await ledger.send('data.backup', { out })).path).toBe(out);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT total_investment FROM projects').get()).toEqual({ total_investment: 500_000_000 });
    copy.close();
    await expect(ledger.send('data.backup', { out })).rejects.toThrow(/已存在/);
    expect(await ledger.send('data.check', {})).toMatchObject({ ok: true, integrity: ['ok'], foreignKeys: [] });
  });
});
