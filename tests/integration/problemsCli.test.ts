/**
 * `ledger problems`: the 督办清单 in a terminal and the 督办单 as .xlsx, read-only (a read-only file
 * works and is left byte for byte as it was), and the 督办单 laid out for print: title, 填报单位,
 * 截至日期, A4 landscape, header repeated, frozen.
 */
import { sqliteHandle } from '../../electron/db/sqliteDb';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import { openTemp, runLedgerCli, tempDir } from './helpers';

let dir: string;
let db: string;
const digest = () => crypto.createHash('sha256').update(fs.readFileSync(db)).digest('hex');
let before: string;

beforeAll(async () => {
  dir = tempDir();
  db = path.join(dir, 'ledger.sqlite');
  const ledger = await openTemp({ dbPath: db, seed: true });
  // Checkpointed and closed: the file alone holds the register, as a copy on a read-only share would.
  sqliteHandle(ledger.ctx.db).pragma('wal_checkpoint(TRUNCATE)');
  await ledger.close();
  for (const f of fs.readdirSync(dir)) if (f !== 'ledger.sqlite') fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  fs.chmodSync(db, 0o444);
  fs.chmodSync(dir, 0o555);
  before = digest();
}, 60_000);

afterAll(() => {
  fs.chmodSync(dir, 0o755);
  expect(digest()).toBe(before);
});

describe('ledger problems', () => {
  it('lists the open 卡点 overdue first, as JSON, on a read-only file', () => {
    const r = runLedgerCli(['problems', '--db', db, '--today', '2026-11-22', '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { open: number; overdue: number; problems: Array<{ text: string; due: { state: string; days?: number } }> };
    expect(out).toMatchObject({ open: 7, overdue: 4 });
    expect(out.problems.map((p) => p.due.state)).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'dueSoon', 'dueSoon', 'open']);
    expect(out.problems[0]).toMatchObject({ text: expect.stringContaining('矿坑边坡'), due: { state: 'overdue', days: 22 } });
  });

  it('--overdue --department narrows the list; a later --today finds more overdue', () => {
    const r = runLedgerCli(['problems', '--db', db, '--today', '2026-11-22', '--overdue', '--department', '区住房和城乡建设局']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('督办清单（截至 2026-11-22）：未解决 7 项，其中逾期 4 项；责任单位：区住房和城乡建设局');
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^逾期 22天\s+2026-10-31\s+区住房和城乡建设局\s+WX-2023-003 矿坑运动乐园\s+竣工\s+矿坑边坡/);
    const later = JSON.parse(runLedgerCli(['problems', '--db', db, '--today', '2026-12-20', '--overdue', '--json']).out) as { problems: unknown[] };
    expect(later.problems).toHaveLength(7);
  });

  it('writes one department\'s 督办单 ready to print, and every department\'s, a sheet each', async () => {
    const out = tempDir();
    const one = runLedgerCli(['problems', '--db', db, '--today', '2026-11-22', '--department', '区住房和城乡建设局', '--out', out]);
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    const file = path.join(out, '区投资促进局_卡点督办单_区住房和城乡建设局_2026-11-22.xlsx');
    const wb = await readWorkbook(fs.readFileSync(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['区住房和城乡建设局']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('重大项目卡点督办单（区住房和城乡建设局）');
    // Merged cells read back with the master's value in each: the distinct texts of the line.
    const heading = [...new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => ws.getCell(2, c).value).filter(Boolean))];
    expect(heading).toEqual(['填报单位：区投资促进局', '截至日期：2026年11月22日', '责任单位：区住房和城乡建设局']);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.getRow(3).values).toEqual([undefined, '序号', '项目名称', '卡点节点', '卡点问题', '承诺解决时间', '督办状态', '责任领导', '登记日期', '办理情况及预计解决时间', '项目编号']);
    // Overdue first; the status cell of an overdue one is filled red.
    expect([ws.getCell(4, 2).value, ws.getCell(4, 6).value]).toEqual(['矿坑运动乐园', '逾期 22天']);
    expect([ws.getCell(5, 2).value, ws.getCell(5, 6).value]).toEqual(['南太湖未来城318米地标项目', '3天内到期']);
    expect(ws.getCell(4, 6).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });

    const all = runLedgerCli(['problems', '--db', db, '--today', '2026-11-22', '--out', out]);
    expect(all.code).toBe(0);
    const every = await readWorkbook(fs.readFileSync(path.join(out, '区投资促进局_卡点督办单_各责任单位_2026-11-22.xlsx')));
    expect(every.worksheets.map((w) => w.name).sort()).toEqual(['八里店镇人民政府', '区住房和城乡建设局', '区公共资源交易中心', '区城市建设投资集团', '区消防救援大队', '吴兴区商务局'].sort());
  });

  it('says plainly when a department has no open 卡点, and refuses --out with --overdue', () => {
    const none = runLedgerCli(['problems', '--db', db, '--today', '2026-11-22', '--department', '不存在的局', '--out', tempDir()]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('「不存在的局」没有未解决的卡点');
    const bad = runLedgerCli(['problems', '--db', db, '--overdue', '--out', tempDir()]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不与 --overdue 同用');
  });
});
