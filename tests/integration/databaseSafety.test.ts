/**
 * A register office's worst days: a damaged file, a database on a mapped network drive, a backup
 * that has to be restored. Nothing here may write into a damaged file or lose the current data.
 */
import { sqliteHandle } from '../../electron/db/sqliteDb';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { isNetworkLocation } from '../../electron/db/networkLocation';
import { fixedClock } from '../../shared/domain/dates';
import { LedgerError } from '../../shared/errors';
import { openTemp, tempDir, runLedgerCli } from './helpers';
import { corruptions as corruptionsOf, onPage, PAGE } from '../fixtures/corruptions';

const cli = (...args: string[]) => runLedgerCli(args);

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

/** A sample register closed cleanly (no WAL beside it), and the root page of each table and index. */
let sound: string;
let roots: Array<{ name: string; page: number }>;
beforeAll(async () => {
  sound = path.join(tempDir(), 'sound.sqlite');
  const l = await openLedger({ dbPath: sound, clock: fixedClock('2026-11-22'), seedSampleIfNew: true });
  await l.close();
  const raw = new Database(sound, { readonly: true });
  roots = raw.prepare(`SELECT name, rootpage AS page FROM sqlite_master WHERE rootpage > 1 ORDER BY rootpage`).all() as typeof roots;
  raw.close();
});

const corruptions = () => corruptionsOf(roots);

describe('a damaged database is refused for live use, never written to', () => {
  it('has twenty different corruptions to try', () => {
    expect(corruptions()).toHaveLength(20);
  });

  it.each(Array.from({ length: 20 }, (_, i) => i))('corruption %i: refused with the way to restore, file untouched', async (i) => {
    const c = corruptions()[i]!;
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    fs.writeFileSync(file, c.apply(fs.readFileSync(sound)));
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.copyFileSync(sound, path.join(dir, 'backups', 'ledger-2026-11-21.sqlite'));
    const before = fs.readFileSync(file);
    const attempt = openLedger({ dbPath: file, clock: fixedClock('2026-11-22') });
    await expect(attempt, c.name).rejects.toBeInstanceOf(LedgerError);
    await expect(openLedger({ dbPath: file }), c.name).rejects.toThrow(/已损坏.*没有写入[\s\S]*ledger-2026-11-21\.sqlite[\s\S]*restore/);
    expect(fs.readFileSync(file).equals(before), `${c.name}: the file was written to`).toBe(true);
  });

  it('a read-only open of a damaged file (as check, rollup and export do) is refused in words, not SQLite\'s', async () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    fs.writeFileSync(file, onPage(1, (b, at) => b.fill(0, at + 100, at + PAGE))(fs.readFileSync(sound)));
    const err = await openLedger({ dbPath: file, readonly: true }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerError);
    expect((err as LedgerError).message).toContain('已损坏');
    expect((err as LedgerError).message).not.toMatch(/SQLITE_/);
  });

  it('check reports the damage (exit 1); restore from the named backup brings the register back (exit 0)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const projectsRoot = roots.find((r) => r.name === 'projects')!.page;
    fs.writeFileSync(file, onPage(projectsRoot, (b, at) => { b[at] = 0x07; })(fs.readFileSync(sound)));
    const backup = path.join(dir, 'backups', 'ledger-2026-11-21.sqlite');
    fs.mkdirSync(path.dirname(backup));
    fs.copyFileSync(sound, backup);

    const seed = cli('seed', '--db', file);
    expect(seed.code).toBe(1);
    expect(seed.err).toContain('已损坏');
    const check = cli('check', '--db', file);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/已损坏|有问题/);

    const restore = cli('restore', backup, '--db', file);
    expect(restore.err).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/已从备份恢复.*\d+ 个项目/);
    expect(restore.out).toContain('before-restore');
    expect(cli('check', '--db', file)).toMatchObject({ code: 0, out: expect.stringContaining('数据库完好') });
  });
});

describe('backup and restore from the app', () => {
  it('restores the register exactly as it was backed up, and keeps the replaced file aside', async () => {
    ledger = await openTemp({ seed: true });
    const original = await ledger.send('projects.list', {});
    const { path: backup } = await ledger.send('data.backup', {});
    expect((await ledger.send('data.backups', {})).map((b) => b.path)).toContain(backup);

    const added = await ledger.send('projects.create', { code: 'R-1', name: '备份之后新增的项目', totalInvestment: 100_000_000 });
    await ledger.send('projects.archive', { id: original[0]!.id, archived: true });

    const report = await ledger.send('data.restore', { from: backup });
    expect(report.projectCount).toBe(original.length);
    expect(await ledger.send('projects.list', {})).toEqual(original);
    expect(await ledger.send('projects.get', { id: added.id }).catch((e: Error) => e.message)).toMatch(/找不到项目/);
    // The register is live again: writes go through and the restore is in the history.
    await ledger.send('projects.create', { code: 'R-2', name: '恢复后新增' });
    expect((await ledger.send('projects.list', {})).length).toBe(original.length + 1);
    const history = await ledger.send('history.list', {});
    expect(history.some((h) => h.field === 'restore' && h.after === backup)).toBe(true);

    const aside = new Database(report.previous!, { readonly: true });
    expect(aside.prepare(`SELECT name FROM projects WHERE code = 'R-1'`).get()).toEqual({ name: '备份之后新增的项目' });
    aside.close();
  });

  it('refuses a damaged, newer-schema or foreign backup and leaves the current data untouched and usable', async () => {
    ledger = await openTemp({ seed: true });
    const before = await ledger.send('projects.list', {});
    const dir = tempDir();
    const damaged = path.join(dir, 'damaged.sqlite');
    const projectsRoot = roots.find((r) => r.name === 'projects')!.page;
    fs.writeFileSync(damaged, onPage(projectsRoot, (b, at) => { b.writeUInt16BE(0xfff0, at + 3); })(fs.readFileSync(sound)));
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(sound, newer);
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.close();
    const text = path.join(dir, 'list.sqlite');
    fs.writeFileSync(text, '项目名称,总投资\n');
    const empty = path.join(dir, 'empty.sqlite');
    new Database(empty).close();

    await expect(ledger.send('data.restore', { from: damaged })).rejects.toThrow(/已损坏.*当前数据未作任何改动/);
    await expect(ledger.send('data.restore', { from: newer })).rejects.toThrow(/更新版本.*结构版本 99/);
    await expect(ledger.send('data.restore', { from: text })).rejects.toThrow(/不是有效的数据库文件|不是本程序的台账/);
    await expect(ledger.send('data.restore', { from: empty })).rejects.toThrow(/不是本程序的台账/);
    await expect(ledger.send('data.restore', { from: path.join(dir, 'missing.sqlite') })).rejects.toThrow(/不存在/);
    await expect(ledger.send('data.restore', { from: ledger.ctx.dbPath })).rejects.toThrow(/本身/);
    expect(await ledger.send('projects.list', {})).toEqual(before);
    expect(fs.readdirSync(path.dirname(ledger.ctx.dbPath)).filter((f) => f.includes('before-restore') || f.endsWith('.restoring'))).toEqual([]);
  });
});

describe('network locations', () => {
  it('refuses a mapped network drive on Windows, asking Windows about the drive letter', () => {
    const asked: string[] = [];
    const driveType = (letter: string) => {
      asked.push(letter);
      return letter === 'Z' ? 4 : 3;
    };
    expect(isNetworkLocation('Z:\\台账\\ledger.sqlite', { platform: 'win32', driveType })).toBe(true);
    expect(isNetworkLocation('z:/data/ledger.sqlite', { platform: 'win32', driveType })).toBe(true);
    expect(isNetworkLocation('C:\\Users\\招商\\AppData\\Roaming\\ledger.sqlite', { platform: 'win32', driveType })).toBe(false);
    expect(isNetworkLocation('\\\\fileserver\\share\\ledger.sqlite', { platform: 'win32', driveType })).toBe(true);
    expect(asked).toEqual(['Z', 'Z', 'C']);
    // Windows would not say (PowerShell missing): a local disk is assumed, as before.
    expect(isNetworkLocation('Y:\\ledger.sqlite', { platform: 'win32', driveType: () => undefined })).toBe(false);
  });

  it('refuses a folder not yet created on a network mount (its nearest existing parent decides)', () => {
    const mount = tempDir();
    const fsType = (dir: string) => (dir === mount ? 0x6969 : 0xef53);
    expect(isNetworkLocation(path.join(mount, '新建', '台账', 'ledger.sqlite'), { platform: 'linux', fsType })).toBe(true);
    expect(isNetworkLocation(path.join(tempDir(), '新建', 'ledger.sqlite'), { platform: 'linux', fsType })).toBe(false);
  });
});

describe('no leftovers, no SQLite riddles', () => {
  it('a negative schema version is refused in words and the file left byte for byte', async () => {
    const file = path.join(tempDir(), 'odd.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE projects (id INTEGER PRIMARY KEY)');
    raw.pragma('user_version = -1');
    raw.close();
    const before = fs.readFileSync(file);
    await expect(openLedger({ dbPath: file })).rejects.toThrow(/结构版本号异常（-1）/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a backup that fails (the database refuses writes) leaves no empty "backup" behind', async () => {
    ledger = await openTemp({ seed: true });
    const backups = path.join(path.dirname(ledger.ctx.dbPath), 'backups');
    sqliteHandle(ledger.ctx.db).pragma('query_only = ON');
    await expect(ledger.send('data.backup', {})).rejects.toThrow(/只读/);
    sqliteHandle(ledger.ctx.db).pragma('query_only = OFF');
    expect(fs.existsSync(backups) ? fs.readdirSync(backups) : []).toEqual([]);
    // And the next backup works.
    const { path: taken } = await ledger.send('data.backup', {});
    expect(fs.statSync(taken).size).toBeGreaterThan(0);
  });

  it('a new database whose set-up fails leaves no stub file, WAL or shared-memory file behind', async () => {
    const migrations = tempDir();
    fs.writeFileSync(path.join(migrations, '001_broken.sql'), 'CREATE TABLE half (id INTEGER); INSERT INTO nowhere VALUES (1);');
    const dir = tempDir();
    const file = path.join(dir, 'new.sqlite');
    const previous = process.env.LEDGER_MIGRATIONS_DIR;
    process.env.LEDGER_MIGRATIONS_DIR = migrations;
    try {
      await expect(openLedger({ dbPath: file })).rejects.toThrow();
    } finally {
      if (previous === undefined) delete process.env.LEDGER_MIGRATIONS_DIR;
      else process.env.LEDGER_MIGRATIONS_DIR = previous;
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
