import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir, runLedgerCli } from './helpers';


const ledger = (...args: string[]) => runLedgerCli(args);

describe('ledger CLI', () => {
  it('init + seed + rollup --by chain --json gives exact integer 元 per chain, 卫蓝 inside 新能源', () => {
    const db = path.join(tempDir(), 'cli.sqlite');
    expect(ledger('init', '--db', db)).toMatchObject({ code: 0, out: expect.stringContaining('结构版本') });
    const seed = ledger('seed', '--db', db, '--today', '2026-11-22');
    expect(seed.code).toBe(0);
    expect(seed.out).toMatch(/已载入示例台账 \d+ 个项目/);

    const rollup = ledger('rollup', '--by', 'chain', '--json', '--db', db, '--today', '2026-11-22');
    expect(rollup.code).toBe(0);
    const table = JSON.parse(rollup.out) as { unit: string; rows: Array<{ key: string; count: number; totalInvestment: number }>; total: { count: number; totalInvestment: number } };
    expect(table.unit).toBe('元');
    for (const row of table.rows) expect(Number.isSafeInteger(row.totalInvestment)).toBe(true);
    // The totals are the register's own sums, read straight from the database file.
    const raw = new Database(db, { readonly: true });
    const sums = raw.prepare('SELECT chain, count(*) AS n, sum(total_investment) AS total FROM projects WHERE archived = 0 GROUP BY chain').all() as Array<{ chain: string; n: number; total: number }>;
    const weilan = raw.prepare(`SELECT chain, total_investment FROM projects WHERE name LIKE '%卫蓝%'`).get() as { chain: string; total_investment: number };
    raw.close();
    expect(Object.fromEntries(table.rows.map((r) => [r.key, [r.count, r.totalInvestment]]))).toEqual(Object.fromEntries(sums.map((s) => [s.chain, [s.n, s.total]])));
    expect(weilan).toEqual({ chain: '新能源', total_investment: 13_900_000_000 });
    expect(table.rows.find((r) => r.key === '新能源')!.totalInvestment).toBeGreaterThanOrEqual(13_900_000_000);

    const text = ledger('rollup', '--by', 'size', '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toContain('≥100亿');
    expect(text.out).toContain('合计');

    expect(ledger('seed', '--db', db)).toMatchObject({ code: 1, err: expect.stringContaining('已在台账中') });
  });

  it('generate, check and backup', () => {
    const dir = tempDir();
    const db = path.join(dir, 'gen.sqlite');
    expect(ledger('init', '--db', db).code).toBe(0);
    const gen = ledger('generate', '--projects', '500', '--seed', '7', '--db', db, '--today', '2026-11-22');
    expect(gen.code).toBe(0);
    expect(gen.out).toContain('已生成 500 个项目');
    expect(ledger('check', '--db', db)).toMatchObject({ code: 0, out: expect.stringContaining('数据库完好') });
    const out = path.join(dir, 'backup.sqlite');
    expect(ledger('backup', '--out', out, '--db', db)).toMatchObject({ code: 0 });
    expect(fs.existsSync(out)).toBe(true);
    const copy = new Database(out, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n).toBe(500);
    copy.close();
  });

  it('reports a damaged database with exit code 1', () => {
    const db = path.join(tempDir(), 'broken.sqlite');
    expect(ledger('init', '--db', db).code).toBe(0);
    const raw = new Database(db);
    raw.pragma('foreign_keys = OFF');
    raw.prepare(`INSERT INTO nodes (project_id, seq, name) VALUES (4242, 1, '孤立节点')`).run();
    raw.close();
    const check = ledger('check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/外键.*nodes/);
  });

  it('bad usage exits 2 with a message naming what is wrong; nothing is written', () => {
    const db = path.join(tempDir(), 'usage.sqlite');
    expect(ledger('init', '--db', db).code).toBe(0);
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /未知命令：frobnicate/],
      [['rollup', '--by', 'colour', '--db', db], /--by 应为/],
      [['rollup', '--by', 'chain', '--month', '2026-13', '--db', db], /--month 应为 YYYY-MM/],
      [['generate', '--projects', 'many', '--db', db], /--projects 应为/],
      [['generate', '--db', db], /缺少 --projects/],
      [['check', '--verbose', '--db', db], /未知选项：--verbose/],
      [['rollup', '--db', db, '--by'], /选项 --by 缺少值/],
      [['check', '--today', '2026-02-30', '--db', db], /--today 应为/],
    ];
    for (const [args, message] of cases) {
      const r = ledger(...args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.err).toMatch(message);
    }
    const raw = new Database(db, { readonly: true });
    expect((raw.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n).toBe(0);
    raw.close();
  });

  it('a missing database or a refused call exits 1', () => {
    const dir = tempDir();
    expect(ledger('check', '--db', path.join(dir, 'nope.sqlite'))).toMatchObject({ code: 1, err: expect.stringContaining('请先运行 init') });
    const db = path.join(dir, 'x.sqlite');
    expect(ledger('init', '--db', db).code).toBe(0);
    const bad = ledger('call', 'projects.create', JSON.stringify({ code: 'X', name: 'X', totalInvestment: 1.5 }), '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/总投资/);
    const ok = ledger('call', 'projects.create', JSON.stringify({ code: 'X', name: '测试项目', totalInvestment: 150_000_000 }), '--db', db);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ code: 'X', totalInvestment: 150_000_000 });
  });
});
