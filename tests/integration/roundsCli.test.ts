/**
 * `ledger templates` and `ledger collect` as a script would run them: a folder of templates, one
 * filled in, a dry run that writes nothing, the merge with its batch, and a file that is no template.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readWorkbook, workbookBytes } from '../../electron/services/excel/exceljs';
import { runLedgerCli, tempDir, TODAY } from './helpers';

describe('ledger templates / collect', () => {
  it('writes a template per 责任单位, then previews and merges a returned one', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'l.sqlite');
    expect(runLedgerCli(['init', '--db', db]).code).toBe(0);
    expect(runLedgerCli(['seed', '--db', db, '--today', TODAY]).code).toBe(0);
    const out = path.join(dir, '模板');
    const made = runLedgerCli(['templates', '--month', '2026-11', '--by', 'unit', '--out', out, '--db', db, '--today', TODAY]);
    expect(made.code, made.err).toBe(0);
    const read = new Database(db, { readonly: true });
    const units = read.prepare(`SELECT DISTINCT owner_unit AS u FROM projects WHERE archived = 0 AND owner_unit <> ''`).all() as Array<{ u: string }>;
    const codes = read.prepare(`SELECT code FROM projects WHERE owner_unit = '龙溪街道办事处' AND archived = 0 ORDER BY code`).all() as Array<{ code: string }>;
    read.close();
    expect(fs.readdirSync(out).sort()).toEqual(units.map((u) => `${u.u}_重大项目月度填报_2026年11月.xlsx`).sort());

    const file = path.join(out, '龙溪街道办事处_重大项目月度填报_2026年11月.xlsx');
    const wb = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
    const ws = wb.getWorksheet('月度填报')!;
    expect(ws.getCell(5, 2).value).toBe(codes[0]!.code);
    ws.getCell(5, 6).value = '88.5万';
    const returned = path.join(dir, '龙溪回传.xlsx');
    fs.writeFileSync(returned, await workbookBytes(wb));

    const dry = runLedgerCli(['collect', returned, '--dry-run', '--db', db, '--today', TODAY]);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('11月完成投资');
    expect(dry.out).toContain('→ 88.50');
    expect(dry.out).toMatch(/未回收：.*龙溪街道办事处/);

    const merged = runLedgerCli(['collect', returned, '--json', '--db', db, '--today', TODAY]);
    expect(merged.code, merged.err).toBe(0);
    const [entry] = JSON.parse(merged.out) as Array<{ result: { batchId: number; counts: { update: number } } }>;
    expect(entry!.result.counts.update).toBe(1);
    const after = new Database(db, { readonly: true });
    const month = after.prepare(`SELECT m.completed FROM monthly m JOIN projects p ON p.id = m.project_id WHERE p.code = ? AND m.month = '2026-11'`).get(codes[0]!.code) as { completed: number };
    const back = after.prepare('SELECT f.batch_id AS batchId FROM fill_returns f').all();
    after.close();
    expect(month.completed).toBe(885_000);
    expect(back).toEqual([{ batchId: entry!.result.batchId }]);

    const notTemplate = path.join(dir, 'list.csv');
    fs.writeFileSync(notTemplate, '项目编号,项目名称\nA-1,测试\n');
    const refused = runLedgerCli(['collect', notTemplate, '--db', db, '--today', TODAY]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('不是本台账下发的月度填报模板');
  }, 240_000);
});
