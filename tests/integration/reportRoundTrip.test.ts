/**
 * Our own reports imported back, as a user would try it: the 推进情况表 in every grouping and the
 * project list CSV go into an empty register and into the register they came from. Same projects
 * (by 项目编号), same 总投资 to the 元, no group or 合计 line taken for a project; the reports that
 * are not project lists are refused with a sentence saying what to import instead.
 */
import { sqliteHandle } from '../../electron/db/sqliteDb';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { projectListCsv } from '../../shared/reports/projectCsv';
import { REPORT_GROUPINGS, type ReportId, type ReportUnit } from '../../shared/reports/reportIds';
import { ApiCallError } from '../../shared/errors';
import { openTemp, tempDir } from './helpers';

const MONTH = '2026-11';
let ledgers: Ledger[] = [];
afterEach(async () => {
  for (const l of ledgers) await l.close();
  ledgers = [];
});

async function open(seed: boolean): Promise<Ledger> {
  const l = await openTemp({ seed });
  ledgers.push(l);
  return l;
}

interface Facts {
  count: number;
  total: number;
  projects: Array<{ code: string; name: string; company: string; total_investment: number }>;
}

function facts(l: Ledger): Facts {
  const projects = sqliteHandle(l.ctx.db).prepare('SELECT code, name, company, total_investment FROM projects ORDER BY code').all() as Facts['projects'];
  return { count: projects.length, total: projects.reduce((s, p) => s + p.total_investment, 0), projects };
}

type File = { name: string; base64: string };

async function importInto(l: Ledger, file: File, mode: 'add' | 'update' | 'upsert' = 'upsert') {
  const inspection = await l.send('imports.inspect', { file });
  const plan = { file, mapping: inspection.mapping, matchKey: 'code' as const, mode };
  const preview = await l.send('imports.preview', { ...plan, rowLimit: 100_000 });
  const summary = await l.send('imports.commit', plan);
  return { inspection, preview, summary };
}

async function exportReport(l: Ledger, report: ReportId, by?: (typeof REPORT_GROUPINGS)[number], unit: ReportUnit = '万元'): Promise<File> {
  const file = await l.send('reports.export', { report, month: MONTH, unit, ...(by ? { by } : {}) });
  return { name: file.fileName, base64: file.base64 };
}

const SECTION_HEADING = /^[一二三四五六七八九十]+、|^合计/;

describe('our 推进情况表 imports back exactly', () => {
  it.each(REPORT_GROUPINGS.map((by) => [by, by === 'level' ? '亿元' : '万元'] as const))('grouped by %s, in %s', async (by, unit) => {
    const source = await open(true);
    const before = facts(source);
    const file = await exportReport(source, 'progress', by, unit);
    const groups = (await source.send('rollups.by', { by, month: MONTH })).rows.length;

    // Into an empty register: every project once, with its 项目编号 and its 总投资 to the 元.
    const empty = await open(false);
    const into = await importInto(empty, file);
    expect(into.inspection.skippedRows.map((r) => r.kind)).toEqual(['total', ...Array<string>(groups).fill('subtotal'), 'note']);
    expect(into.inspection.dataRows).toBe(before.count);
    expect(into.preview.totals.fileTotal).toBe(before.total);
    expect(into.summary).toMatchObject({ added: before.count, rejected: 0, totalInvestment: before.total });
    const after = facts(empty);
    expect(after).toEqual(before);
    expect(after.projects.filter((p) => SECTION_HEADING.test(p.name))).toEqual([]);

    // Into the register it came from: every row matched by 项目编号, nothing new, nothing changed.
    const back = await importInto(source, file);
    expect(back.preview.totals.byStatus).toEqual({ new: 0, update: 0, unchanged: before.count, rejected: 0 });
    expect(back.summary).toMatchObject({ added: 0, updated: 0 });
    expect(facts(source)).toEqual(before);
  });

  it('the project list CSV (报表 → 导出 CSV) goes into an empty register and back into its source unchanged', async () => {
    const source = await open(true);
    const before = facts(source);
    const rows = await source.send('projects.list', {});
    const file = { name: '项目清单.csv', base64: Buffer.from(projectListCsv(rows, '万元'), 'utf8').toString('base64') };
    const empty = await open(false);
    const into = await importInto(empty, file);
    expect(into.summary).toMatchObject({ added: before.count, rejected: 0, totalInvestment: before.total });
    expect(facts(empty)).toEqual(before);
    const back = await importInto(source, file);
    expect(back.preview.totals.byStatus).toMatchObject({ new: 0, rejected: 0 });
    expect(back.summary.added).toBe(0);
    expect(facts(source)).toEqual(before);
  });
});

describe('reports that are not project lists are refused, saying what to import instead', () => {
  it.each([
    ['nodes', '项目节点计划表'],
    ['gantt', '挂图作战图'],
    ['summary', '这是投资汇总表，不是项目清单'],
  ] as const)('%s', async (report, words) => {
    const source = await open(true);
    const before = facts(source);
    const file = await exportReport(source, report);
    const err = await source.send('imports.inspect', { file }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    const { message, messageEn } = (err as ApiCallError).body;
    expect(message).toContain(words);
    expect(message).toContain('推进情况表');
    expect(messageEn).toMatch(/not a project list/);
    expect(facts(source)).toEqual(before);
  });
});

/** LibreOffice on PATH (Debian's libreoffice-calc), for the re-save a leader's office does. */
const LIBREOFFICE = ['libreoffice', 'soffice'].find((cmd) => spawnSync(cmd, ['--version'], { timeout: 60_000 }).status === 0);

/** The file as LibreOffice saves it again as .xlsx, with a profile of its own so parallel runs do not collide. */
function resaved(file: File): File {
  const dir = tempDir('resave-');
  const input = path.join(dir, 'in', file.name);
  fs.mkdirSync(path.dirname(input));
  fs.writeFileSync(input, Buffer.from(file.base64, 'base64'));
  const run = spawnSync(LIBREOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'out'), input], { timeout: 120_000, encoding: 'utf8' });
  const output = path.join(dir, 'out', file.name);
  expect(fs.existsSync(output), run.stderr).toBe(true);
  return { name: file.name, base64: fs.readFileSync(output).toString('base64') };
}

describe.skipIf(!LIBREOFFICE)('after a re-save in LibreOffice', () => {
  it('the 推进情况表 still imports back exactly, and the node plan is still refused', async () => {
    const source = await open(true);
    const before = facts(source);
    const file = resaved(await exportReport(source, 'progress', 'area'));
    const empty = await open(false);
    const into = await importInto(empty, file);
    expect(into.inspection.report).toBe('progress');
    expect(into.summary).toMatchObject({ added: before.count, rejected: 0, totalInvestment: before.total });
    expect(facts(empty)).toEqual(before);
    const back = await importInto(source, file);
    expect(back.preview.totals.byStatus).toEqual({ new: 0, update: 0, unchanged: before.count, rejected: 0 });
    expect(facts(source)).toEqual(before);

    const nodes = resaved(await exportReport(source, 'nodes'));
    await expect(source.send('imports.inspect', { file: nodes })).rejects.toThrow(/项目节点计划表/);
  }, 240_000);
});
