/**
 * 团队版 moving in and out: `ledger team import-sqlite` copies the sample register (with a closed
 * month, an import batch and its history) into an empty team database exactly — every table, every
 * row, every total to the 元 — refuses a second import into a database that holds projects, and
 * `team export-sqlite` gives back a single-PC file equal to the original, whose rollups match.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_ORDER } from '../../electron/db/postgres/copyRegister';
import { openLedger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import { PG_REQUIRED, pgBinDir, startPgCluster, type PgCluster } from '../pg/cluster';
import { openTemp, runLedgerCli, tempDir, TODAY } from './helpers';

const available = pgBinDir() !== null;

function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    // Rows in key order: the same content, whatever order each engine wrote them in.
    const key = (t: string) => (db.prepare(`SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(t) as Array<{ name: string }>).map((c) => `"${c.name}"`).join(', ');
    return Object.fromEntries(TABLE_ORDER.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${key(t)}`).all()]));
  } finally {
    db.close();
  }
}

describe.runIf(available || PG_REQUIRED)('moving a register into the team database and back', () => {
  let cluster: PgCluster;
  let file: string;
  beforeAll(async () => {
    cluster = await startPgCluster();
    const dir = tempDir();
    file = path.join(dir, 'ledger.sqlite');
    const ledger = await openTemp({ dbPath: file, seed: true });
    await ledger.send('months.close', { month: '2026-10' });
    const csv = '项目编号,项目名称,产业链,所在街道,总投资（万元）\nMV-1,迁移测试项目,新能源,凤凰街道,12345.67\n';
    const f = { name: '迁移.csv', base64: Buffer.from(csv).toString('base64') };
    const inspection = await ledger.send('imports.inspect', { file: f });
    await ledger.send('imports.commit', { file: f, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert', addCodes: [] });
    await ledger.close();
  }, 180_000);
  afterAll(() => cluster?.stop());

  it('imports the sample register exactly, every total to the 元', async () => {
    const run = runLedgerCli(['team', 'import-sqlite', file, '--pg', cluster.url]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('逐行核对一致');

    const sqlite = dump(file);
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      for (const table of TABLE_ORDER) {
        const count = (await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`)).rows[0]!.n;
        expect({ table, rows: Number(count) }).toEqual({ table, rows: sqlite[table]!.length });
      }
      expect(sqlite['month_snapshots']!.length).toBeGreaterThan(0);
      const byChain = (await client.query<{ chain: string; total: string }>(`SELECT chain, SUM(total_investment)::text AS total FROM projects WHERE archived = 0 GROUP BY chain ORDER BY chain`)).rows;
      const ledger = await openLedger({ dbPath: file, clock: fixedClock(TODAY), readonly: true });
      const rollup = await ledger.send('rollups.by', { by: 'chain' });
      await ledger.close();
      for (const row of rollup.rows) {
        expect({ chain: row.key, total: String(row.totalInvestment) }).toEqual({ chain: row.key, total: byChain.find((r) => r.chain === row.key)?.total ?? '0' });
      }
      // The money column keeps 12345.67万元 as 123456700 元, exactly.
      expect((await client.query(`SELECT total_investment FROM projects WHERE code = 'MV-1'`)).rows[0]).toEqual({ total_investment: '123456700' });
      // New rows continue after the copied ids.
      const next = await client.query<{ id: number }>(`INSERT INTO import_batches (file_name, mode, created_at, actor) VALUES ('x', 'upsert', '2026-12-01', 't') RETURNING id`);
      expect(next.rows[0]!.id).toBeGreaterThan(Math.max(...(sqlite['import_batches'] as Array<{ id: number }>).map((b) => b.id)));
      await client.query(`DELETE FROM import_batches WHERE id = $1`, [next.rows[0]!.id]);
    } finally {
      await client.end();
    }
  }, 120_000);

  it('refuses a second import into a database that holds projects, changing nothing', () => {
    const run = runLedgerCli(['team', 'import-sqlite', file, '--pg', cluster.url]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/团队数据库中已有 \d+ 个项目，未导入/);
  }, 60_000);

  it('exports the team database as a single-PC register equal to the original', async () => {
    const out = path.join(tempDir(), '离线台账.sqlite');
    const run = runLedgerCli(['team', 'export-sqlite', out, '--pg', cluster.url]);
    expect(run.code, run.err).toBe(0);
    expect(dump(out)).toEqual(dump(file));
    const again = runLedgerCli(['team', 'export-sqlite', out, '--pg', cluster.url]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('文件已存在，未覆盖');
    const ledger = await openLedger({ dbPath: out, clock: fixedClock(TODAY) });
    expect((await ledger.send('rollups.by', { by: 'area' })).rows.length).toBeGreaterThan(0);
    await ledger.close();
    expect(fs.existsSync(out)).toBe(true);
  }, 120_000);

  it('names a team database it cannot reach, in words', () => {
    const run = runLedgerCli(['team', 'import-sqlite', file, '--pg', 'postgres://ledger:secret@127.0.0.1:1/none']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('无法连接团队数据库 postgres://ledger:***@127.0.0.1:1/none');
    expect(run.err).not.toContain('secret');
  }, 60_000);
});
