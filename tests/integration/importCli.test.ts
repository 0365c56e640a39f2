/** `ledger import` as a user scripts it: each fixture in with the counts and 总投资 its own 合计 states; a bad file refused whole; a kill leaves all or none. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir, runLedgerCli } from './helpers';
import { BOM_PROJECTS, GOVERNMENT_PROJECTS, MESSY_ROWS, WPS_PROJECTS, sumYuan } from '../fixtures/import/spec';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(root, 'tests/fixtures/import');
const CLI = ['--import', 'tsx', 'electron/cli/main.ts'];

const ledger = (...args: string[]) => runLedgerCli(args);

function freshDb(): string {
  const db = path.join(tempDir(), 'import.sqlite');
  expect(ledger('init', '--db', db).code).toBe(0);
  return db;
}

function register(db: string): { projects: number; total: number; changes: number; batches: number } {
  const raw = new Database(db, { readonly: true });
  const p = raw.prepare('SELECT count(*) AS n, ifnull(sum(total_investment), 0) AS total FROM projects').get() as { n: number; total: number };
  const c = raw.prepare('SELECT count(*) AS n FROM changes').get() as { n: number };
  const b = raw.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number };
  raw.close();
  return { projects: p.n, total: p.total, changes: c.n, batches: b.n };
}

describe('ledger import', () => {
  it.each([
    // The workbook's 1–10月完成投资 column adds one month row, and its audit row, per project.
    ['government.xlsx', GOVERNMENT_PROJECTS.length, sumYuan(GOVERNMENT_PROJECTS), 2],
    ['wps-gb18030.csv', WPS_PROJECTS.length, sumYuan(WPS_PROJECTS), 1],
    ['utf8-bom.csv', BOM_PROJECTS.length, sumYuan(BOM_PROJECTS), 1],
  ])('%s imports with the count and 总投资 its 合计 row states, to the 元', (name, count, total, auditPerRow) => {
    const db = freshDb();
    const run = ledger('import', path.join(FIXTURES, name), '--json', '--db', db);
    expect(run.code, run.err).toBe(0);
    const result = JSON.parse(run.out) as { preview: { totals: { fileTotal: number; totalInvestment: number } }; committed: { added: number; batchId: number } };
    expect(result.preview.totals.fileTotal).toBe(total);
    expect(result.committed.added).toBe(count);
    expect(register(db)).toMatchObject({ projects: count, total, changes: count * auditPerRow, batches: 1 });
    // Importing the same file again changes nothing.
    const again = ledger('import', path.join(FIXTURES, name), '--db', db);
    expect(again.out).toContain(`不变 ${count}`);
    expect(register(db)).toMatchObject({ projects: count, total });
  });

  it('keeps quoted commas and line breaks inside cells of the UTF-8 BOM file', () => {
    const db = freshDb();
    expect(ledger('import', path.join(FIXTURES, 'utf8-bom.csv'), '--db', db).code).toBe(0);
    const raw = new Database(db, { readonly: true });
    const row = raw.prepare('SELECT name, progress_note, problems FROM projects WHERE code = ?').get(BOM_PROJECTS[0]!.code);
    raw.close();
    expect(row).toEqual({ name: BOM_PROJECTS[0]!.name, progress_note: BOM_PROJECTS[0]!.progress, problems: BOM_PROJECTS[0]!.problems });
  });

  it('lists the batches and undoes one with `undo-import`, putting the register back as it was', () => {
    const db = freshDb();
    const before = register(db);
    expect(ledger('import', path.join(FIXTURES, 'utf8-bom.csv'), '--db', db).code).toBe(0);
    const listed = ledger('undo-import', '--db', db);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^\s+1 .* utf8-bom\.csv .*新增 \d+.*可撤销$/m);
    const undone = ledger('undo-import', '1', '--db', db);
    expect(undone.code).toBe(0);
    expect(undone.out).toContain('已撤销导入批次 1');
    expect({ ...register(db), changes: 0, batches: 0 }).toEqual({ ...before, changes: 0, batches: 0 });
    expect(ledger('undo-import', '--db', db).out).toMatch(/已撤销 \d{4}-/);
    const again = ledger('undo-import', '1', '--db', db);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('已于');
    expect(ledger('undo-import', 'x', '--db', db).code).toBe(2);
  });

  it('imports messy amounts exactly and leaves unreadable ones empty with warnings, never zero by accident', () => {
    const db = freshDb();
    const run = ledger('import', path.join(FIXTURES, 'messy.csv'), '--db', db);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('第7行「总投资（亿元）」：「百亿级」不是确切金额，未导入此值');
    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare('SELECT name, total_investment AS total, planned_start AS start FROM projects').all() as Array<{ name: string; total: number | null; start: string | null }>;
    raw.close();
    expect(Object.fromEntries(rows.map((r) => [r.name, [r.total, r.start]]))).toEqual(
      Object.fromEntries(MESSY_ROWS.map((m) => [m.name, [m.totalYuan ?? null, m.startIso]])),
    );
  });

  it('refuses a file with one bad row whole, naming row and column; same rows, same audit count', () => {
    const db = freshDb();
    expect(ledger('seed', '--db', db).code).toBe(0);
    const before = register(db);
    const run = ledger('import', path.join(FIXTURES, 'bad-row.csv'), '--db', db);
    expect(run.code).toBe(1);
    expect(run.err).toContain('第3行「开工时间」：「2026/02/30」不是有效日期');
    expect(run.err).toContain('整个文件未导入');
    expect(register(db)).toEqual(before);
    // --skip-rejected takes the other rows and records the rejected count on the batch.
    const skip = ledger('import', path.join(FIXTURES, 'bad-row.csv'), '--skip-rejected', '--db', db);
    expect(skip.code, skip.err).toBe(0);
    expect(register(db).projects).toBe(before.projects + 2);
    expect(ledger('import', path.join(FIXTURES, 'bad-row.csv'), '--dry-run', '--mode', 'sideways', '--db', db).code).toBe(2);
  });

  it('refuses a file whose rows disagree with its 合计 row, naming the difference, unless --accept-total-mismatch', () => {
    const db = freshDb();
    const file = path.join(tempDir(), 'mismatch.csv');
    fs.writeFileSync(file, '项目编号,项目名称,建设单位,总投资（万元）\n合计,,,1000\nM-1,光伏组件项目,晶科公司,600\nM-2,储能电站项目,储能公司,300\n');
    const refused = ledger('import', file, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('各项目行总投资之和 900 万元，比文件合计行的 1,000 万元少 100 万元（1,000,000 元）');
    expect(refused.err).toContain('--accept-total-mismatch');
    expect(register(db)).toMatchObject({ projects: 0, batches: 0 });
    const accepted = ledger('import', file, '--accept-total-mismatch', '--db', db);
    expect(accepted.code, accepted.err).toBe(0);
    expect(accepted.out).toContain('已接受与合计行的差额');
    expect(register(db)).toMatchObject({ projects: 2, total: 9_000_000, batches: 1 });
  });

  it('refuses unknown code-list values unless --add-codes takes them in as new entries', () => {
    const db = freshDb();
    const file = path.join(tempDir(), 'codes.csv');
    fs.writeFileSync(file, '项目名称,建设单位,产业链,总投资（万元）\n低空物流基地,飞行科技公司,低空经济,1000\n');
    const refused = ledger('import', file, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('第2行「产业链」：「低空经济」不在产业链代码表中');
    const taken = ledger('import', file, '--add-codes', '--db', db);
    expect(taken.code, taken.err).toBe(0);
    const raw = new Database(db, { readonly: true });
    const listed = raw.prepare(`SELECT count(*) AS n FROM code_lists WHERE list = 'chain' AND value = '低空经济'`).get() as { n: number };
    raw.close();
    expect(listed.n).toBe(1);
    expect(register(db).projects).toBe(1);
  });

  it('killed in the middle of a 30,000-row import, leaves a sound database with all or none of the rows', async () => {
    const dir = tempDir();
    const db = freshDb();
    const file = path.join(dir, 'big.csv');
    const lines = ['项目编号,项目名称,建设单位,产业链,区域,总投资（万元）'];
    for (let i = 1; i <= 30_000; i++) lines.push(`BIG-${i},批量项目${i},公司${i},新能源,凤凰街道,${1000 + i}`);
    fs.writeFileSync(file, lines.join('\n'));
    const child = spawn(process.execPath, [...CLI, 'import', file, '--db', db], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // Poll for the importer's write lock: while it holds its transaction, our own BEGIN IMMEDIATE is refused as busy.
    const probe = new Database(db);
    probe.pragma('busy_timeout = 0');
    let insideTransaction = false;
    const start = Date.now();
    while (!insideTransaction && Date.now() - start < 60_000 && child.exitCode === null) {
      try {
        probe.exec('BEGIN IMMEDIATE; ROLLBACK');
        await new Promise((r) => setTimeout(r, 2));
      } catch (err) {
        insideTransaction = (err as { code?: string }).code === 'SQLITE_BUSY';
      }
    }
    probe.close();
    child.kill('SIGKILL');
    const signal = await exited;
    expect(signal).toBe('SIGKILL');
    const check = ledger('check', '--db', db);
    expect(check.code, check.err).toBe(0);
    expect(check.out).toContain('数据库完好');
    const after = register(db);
    // Killed inside its one transaction: none of the rows, no batch, no audit rows.
    expect(insideTransaction).toBe(true);
    expect(after).toEqual({ projects: 0, total: 0, changes: 0, batches: 0 });
  }, 120_000);
});
