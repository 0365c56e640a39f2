import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import { tempDir, runLedgerCli } from './helpers';


const ledger = (...args: string[]) => runLedgerCli(args);

describe('ledger export', () => {
  it('writes each report as .xlsx; --by and --unit shape it; bad usage exits 2 naming the option', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'r.sqlite');
    expect(ledger('init', '--db', db).code).toBe(0);
    expect(ledger('seed', '--db', db, '--today', '2026-11-22').code).toBe(0);

    const out = path.join(dir, '推进情况.xlsx');
    const run = ledger('export', 'progress', '--month', '2026-11', '--out', out, '--by', 'area', '--unit', '亿元', '--db', db, '--today', '2026-11-22');
    expect(run).toMatchObject({ code: 0, out: expect.stringContaining('已导出 重大项目推进情况表') });
    const ws = (await readWorkbook(fs.readFileSync(out))).worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('2026年重大项目推进情况表（1-11月）');
    expect(ws.getCell(2, ws.columnCount).value).toBe('单位：亿元');
    expect(String(ws.getCell(5, 2).value)).toMatch(/^一、区域：/);

    // A folder as --out takes the suggested name; the Chinese title is accepted as the report name.
    expect(ledger('export', '挂图作战图', '--month', '2026-11', '--out', dir, '--db', db, '--today', '2026-11-22').code).toBe(0);
    expect(fs.existsSync(path.join(dir, '区投资促进局_挂图作战图_2026年1-11月.xlsx'))).toBe(true);

    expect(ledger('export', 'progress', '--out', out, '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('--month') });
    expect(ledger('export', 'weekly', '--month', '2026-11', '--out', out, '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('请指明报表') });
    expect(ledger('export', 'progress', '--month', '2026-11', '--out', out, '--unit', '元', '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('--unit') });
  }, 120_000);
});
