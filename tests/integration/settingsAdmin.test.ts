/** 设置与数据 through the API and the CLI: an office makes the register its own. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import { fixedClock } from '../../shared/domain/dates';
import { openTemp, tempDir, runLedgerCli } from './helpers';

const cli = (...args: string[]) => runLedgerCli(args);

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

describe('代码表', () => {
  it('adds a 区域, renames it with its projects following in one step recorded in the history, retires and removes', async () => {
    ledger = await openTemp();
    await ledger.send('codeLists.add', { list: 'area', value: '滨湖新区' });
    await expect(ledger.send('codeLists.add', { list: 'area', value: '滨湖新区' })).rejects.toThrow(/已有「滨湖新区」/);
    const a = await ledger.send('projects.create', { code: 'A-1', name: '滨湖数据中心', area: '滨湖新区' });
    const b = await ledger.send('projects.create', { code: 'A-2', name: '滨湖物流园', area: '滨湖新区' });

    expect(await ledger.send('codeLists.rename', { list: 'area', value: '滨湖新区', to: '滨湖未来城' })).toEqual({ projects: 2, merged: false });
    const renamed = await ledger.send('projects.get', { id: a.id });
    expect(renamed.project.area).toBe('滨湖未来城');
    expect(renamed.project.version).toBe(a.version + 1);
    expect((await ledger.send('codeLists.get', {})).area).toContain('滨湖未来城');
    expect((await ledger.send('codeLists.get', {})).area).not.toContain('滨湖新区');
    const history = await ledger.send('history.list', { projectId: b.id });
    expect(history.find((h) => h.field === 'area')).toMatchObject({ before: '滨湖新区', after: '滨湖未来城', actor: 'tester' });

    // Retired: kept on its projects (which can still be edited), no longer offered or accepted for new ones.
    await ledger.send('codeLists.retire', { list: 'area', value: '滨湖未来城', retired: true });
    expect((await ledger.send('codeLists.get', {})).area).not.toContain('滨湖未来城');
    expect((await ledger.send('codeLists.entries', {})).find((e) => e.value === '滨湖未来城')).toMatchObject({ retired: true, usage: 2 });
    await expect(ledger.send('projects.create', { code: 'A-3', name: '新项目', area: '滨湖未来城' })).rejects.toThrow(/不在代码表中/);
    const fresh = (await ledger.send('projects.get', { id: a.id })).project;
    await ledger.send('projects.update', { id: a.id, version: fresh.version, changes: { progressNote: '主体结顶' } });

    await expect(ledger.send('codeLists.remove', { list: 'area', value: '滨湖未来城' })).rejects.toThrow(/2 个项目在用，不能删除/);
    await ledger.send('codeLists.add', { list: 'area', value: '错字街道' });
    await ledger.send('codeLists.remove', { list: 'area', value: '错字街道' });
    expect((await ledger.send('codeLists.entries', {})).some((e) => e.value === '错字街道')).toBe(false);
  });

  it('renaming into an existing value merges the two; reordering keeps every value', async () => {
    ledger = await openTemp();
    await ledger.send('codeLists.add', { list: 'chain', value: '新能源产业' });
    const p = await ledger.send('projects.create', { code: 'C-1', name: '储能电站', chain: '新能源产业' });
    expect(await ledger.send('codeLists.rename', { list: 'chain', value: '新能源产业', to: '新能源' })).toEqual({ projects: 1, merged: true });
    expect((await ledger.send('projects.get', { id: p.id })).project.chain).toBe('新能源');
    const chains = (await ledger.send('codeLists.get', {})).chain;
    expect(chains.filter((c) => c === '新能源')).toHaveLength(1);
    const reordered = await ledger.send('codeLists.reorder', { list: 'chain', values: [chains.at(-1)!, chains[0]!] });
    expect(reordered.chain.slice(0, 2)).toEqual([chains.at(-1), chains[0]]);
    expect([...reordered.chain].sort()).toEqual([...chains].sort());
  });
});

describe('设置', () => {
  it('records the 操作人 in the history instead of the computer account', async () => {
    ledger = await openTemp();
    await ledger.send('settings.update', { operator: '王晓燕' });
    const p = await ledger.send('projects.create', { code: 'O-1', name: '操作人测试' });
    expect((await ledger.send('history.list', { projectId: p.id }))[0]!.actor).toBe('王晓燕');
    await ledger.send('settings.update', { operator: '' });
    await ledger.send('projects.update', { id: p.id, version: p.version, changes: { progressNote: '已开工' } });
    expect((await ledger.send('history.list', { projectId: p.id }))[0]!.actor).toBe('tester');
  });

  it('the warning window changes a light', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', { code: 'W-1', name: '预警窗口测试' });
    await ledger.send('nodes.add', {
      projectId: p.id, after: null, version: p.version,
      node: { name: '施工许可', milestone: false, plannedStart: '2026-11-01', plannedEnd: '2026-12-10', actualStart: null, actualEnd: null, percent: 0, note: '' },
    });
    const light = async () => (await ledger!.send('projects.list', {})).find((r) => r.id === p.id)!.light.color;
    expect(await light()).toBe('green'); // 18 days left, window 15
    await ledger.send('settings.update', { warningDays: 20 });
    expect(await light()).toBe('yellow');
  });
});

describe('亮灯规则 in the reports', () => {
  it('the 推进情况表 and 节点计划表 footnotes state the rules in force', async () => {
    ledger = await openTemp({ seed: true });
    await ledger.send('settings.update', { warningDays: 20, agingRedMonths: 4 });
    for (const report of ['progress', 'nodes'] as const) {
      const file = await ledger.send('reports.export', { report, month: '2026-11' });
      const ws = (await readWorkbook(Buffer.from(file.base64, 'base64'))).worksheets[0]!;
      const notes: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string' && cell.value.startsWith('注：')) notes.push(cell.value); }));
      expect(notes.join('')).toContain('亮灯规则：红灯＝节点逾期或卡点逾期或连续 4 个月无进展；黄灯＝20 天内到期');
    }
  });
});

describe('每日自动备份', () => {
  it('takes one copy a day on opening and prunes copies older than the kept days', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'ledger.sqlite');
    const backups = path.join(dir, 'backups');
    ledger = await openLedger({ dbPath, clock: fixedClock('2026-11-22'), dailyBackup: true });
    expect(fs.readdirSync(backups)).toEqual(['auto-2026-11-22.sqlite']);
    await ledger.close();
    ledger = await openLedger({ dbPath, clock: fixedClock('2026-11-22'), dailyBackup: true });
    expect(fs.readdirSync(backups)).toEqual(['auto-2026-11-22.sqlite']);
    await ledger.send('settings.update', { backupKeepDays: 7 });
    await ledger.close();
    fs.writeFileSync(path.join(backups, 'keep-me.sqlite'), '');
    ledger = await openLedger({ dbPath, clock: fixedClock('2026-12-01'), dailyBackup: true });
    expect(fs.readdirSync(backups).sort()).toEqual(['auto-2026-12-01.sqlite', 'keep-me.sqlite']);
    await ledger.send('settings.update', { dailyBackup: false });
    await ledger.close();
    ledger = await openLedger({ dbPath, clock: fixedClock('2026-12-02'), dailyBackup: true });
    expect(fs.readdirSync(backups)).not.toContain('auto-2026-12-02.sqlite');
  });
});

describe('ledger settings and codes', () => {
  it('settings set reportingUnit, then export progress writes that unit in the report header', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.sqlite');
    expect(cli('init', '--db', db).code).toBe(0);
    expect(cli('seed', '--db', db, '--today', '2026-11-22').code).toBe(0);
    const set = cli('settings', 'set', 'reportingUnit', '南太湖新区招商服务中心', '--db', db);
    expect(set).toMatchObject({ code: 0, out: expect.stringContaining('南太湖新区招商服务中心') });
    expect(JSON.parse(cli('settings', '--json', '--db', db).out).reportingUnit).toBe('南太湖新区招商服务中心');
    expect(cli('settings', 'set', 'warningDays', '很多', '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('warningDays 应为整数') });
    expect(cli('settings', 'set', 'color', 'red', '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('请指明设置项') });

    const out = path.join(dir, 'progress.xlsx');
    expect(cli('export', 'progress', '--month', '2026-11', '--out', out, '--db', db, '--today', '2026-11-22').code).toBe(0);
    const wb = await readWorkbook(fs.readFileSync(out));
    const ws = wb.worksheets[0]!;
    const top = [1, 2, 3].flatMap((r) => (ws.getRow(r).values as unknown[]).filter((v) => typeof v === 'string'));
    expect(top).toContain('填报单位：南太湖新区招商服务中心');
  });

  it('codes add, rename and retire from the command line', () => {
    const db = path.join(tempDir(), 'codes.sqlite');
    expect(cli('init', '--db', db).code).toBe(0);
    expect(cli('codes', 'add', '区域', '滨湖新区', '--db', db)).toMatchObject({ code: 0, out: expect.stringContaining('滨湖新区') });
    expect(cli('codes', 'rename', 'area', '滨湖新区', '滨湖未来城', '--db', db)).toMatchObject({ code: 0, out: expect.stringContaining('0 个项目随之更新') });
    expect(cli('codes', 'retire', '区域', '滨湖未来城', '--db', db).code).toBe(0);
    const list = cli('codes', 'list', 'area', '--db', db);
    expect(list.out).toMatch(/滨湖未来城\t0 个项目\t已停用/);
    expect(cli('codes', 'add', '颜色', '红', '--db', db)).toMatchObject({ code: 2, err: expect.stringContaining('请指明代码表') });
    expect(cli('codes', 'remove', 'area', '不存在的值', '--db', db)).toMatchObject({ code: 1, err: expect.stringContaining('没有「不存在的值」') });
  });
});
