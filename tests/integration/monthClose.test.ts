/**
 * 月结 and 比上月 as a clerk meets them: October is closed, November's edits are made, November is
 * closed; 比上月 lists exactly what changed between the two closings, and October's reports read the
 * same as before November's edits.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook, type Worksheet } from '../../electron/services/excel/exceljs';
import type { Ledger } from '../../electron/services/ledger';
import { ApiCallError } from '../../shared/errors';
import type { MethodInput } from '../../shared/contract';
import { openTemp, runLedgerCli, tempDir, runSql, rowOf } from './helpers';

const WAN = 10_000;

async function at(dbPath: string, today: string): Promise<Ledger> {
  return openTemp({ dbPath, today });
}

/** Every cell of every sheet, as text: what a reader of the workbook sees. */
async function cells(ledger: Ledger, input: MethodInput<'reports.export'>): Promise<string[][]> {
  const file = await ledger.send('reports.export', input);
  const wb = await readWorkbook(Buffer.from(file.base64, 'base64'));
  return wb.worksheets.flatMap((ws: Worksheet) => {
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v ?? null)))));
    return rows;
  });
}

async function addProblem(ledger: Ledger, projectId: number, text: string, promisedOn: string | null, createdAt: string): Promise<number> {
  const r = await rowOf<{ id: number }>(ledger, 'INSERT INTO problems (project_id, text, department, promised_on, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
    projectId, text, '区自然资源分局', promisedOn, createdAt);
  return Number(r?.id);
}

const node = (name: string, plannedEnd: string, actualEnd: string | null = null) =>
  ({ name, milestone: true, plannedStart: null, plannedEnd, actualStart: null, actualEnd, percent: actualEnd ? 100 : 0, note: '' });

describe('closing October and November', () => {
  it('比上月 lists exactly the changes between the two closings, and October reads the same after November', async () => {
    const db = path.join(tempDir(), 'ledger.sqlite');
    // October: three projects, two open 卡点.
    let ledger = await at(db, '2026-10-12');
    const a = await ledger.send('projects.create', { code: 'A-1', name: '甲新能源项目', chain: '新能源', area: '东部新城', totalInvestment: 20_0000 * WAN, annualPlan: 3000 * WAN });
    const b = await ledger.send('projects.create', { code: 'B-2', name: '乙装备项目', chain: '高端装备', area: '织里镇', totalInvestment: 8_0000 * WAN, annualPlan: 2000 * WAN });
    const c = await ledger.send('projects.create', { code: 'C-3', name: '丙物流项目', chain: '现代物流', area: '东部新城', totalInvestment: 5_0000 * WAN, annualPlan: 1000 * WAN });
    await ledger.send('nodes.add', { projectId: a.id, after: null, node: node('签约', '2026-11-30') });
    let bNodes = await ledger.send('nodes.add', { projectId: b.id, after: null, node: node('开工', '2026-03-01', '2026-03-01') });
    bNodes = await ledger.send('nodes.add', { projectId: b.id, after: bNodes[0]!.id, node: node('竣工', '2026-10-20') });
    const cNodes = await ledger.send('nodes.add', { projectId: c.id, after: null, node: node('开工', '2026-12-31') });
    await ledger.send('monthly.set', { projectId: b.id, month: '2026-10', values: { completed: 600 * WAN, progressNote: '主体完工' } });
    await ledger.send('monthly.set', { projectId: c.id, month: '2026-10', values: { completed: 100 * WAN, progressNote: '场平' } });
    const stillOpen = await addProblem(ledger, c.id, '用地指标未落实', '2026-12-15', new Date(Date.now() - 60_000).toISOString());
    const toSolve = await addProblem(ledger, b.id, '电力接入未完成', '2026-12-10', new Date(Date.now() - 60_000).toISOString());
    await ledger.close();

    // Closed on 3 November: judged as of 31 October, B's 竣工 is 11 days late.
    ledger = await at(db, '2026-11-03');
    const october = await ledger.send('months.close', { month: '2026-10' });
    expect(october).toMatchObject({ month: '2026-10', asOf: '2026-10-31', projects: 3 });
    const octoberProgress = await cells(ledger, { report: 'progress', month: '2026-10' });
    const octoberNodes = await cells(ledger, { report: 'nodes', month: '2026-10' });
    const frozen = await ledger.send('months.rows', { month: '2026-10' });
    expect(frozen.rows.find((r) => r.id === b.id)?.light).toMatchObject({ color: 'red', reason: '逾期 11天：竣工' });

    await ledger.close();

    // November's edits, made on the 20th: A signs, B completes (late), C's 开工 is pulled forward and missed, a new project, 卡点 moved.
    ledger = await at(db, '2026-11-20');
    await ledger.send('nodes.update', { id: (await ledger.send('nodes.list', { projectId: a.id }))[0]!.id, changes: { actualEnd: '2026-11-08', percent: 100 } });
    await ledger.send('nodes.update', { id: bNodes[1]!.id, changes: { actualEnd: '2026-11-10', percent: 100 } });
    await ledger.send('nodes.update', { id: cNodes[0]!.id, changes: { plannedEnd: '2026-11-15' } });
    await ledger.send('projects.update', { id: a.id, version: (await ledger.send('projects.get', { id: a.id })).project.version, changes: { totalInvestment: 25_0000 * WAN, progressNote: '已签约，11月改' } });
    await ledger.send('monthly.set', { projectId: b.id, month: '2026-11', values: { completed: 400 * WAN } });
    await ledger.send('monthly.set', { projectId: c.id, month: '2026-10', values: { completed: 150 * WAN } }); // October corrected
    const d = await ledger.send('projects.create', { code: 'D-4', name: '丁文旅项目', chain: '商贸文旅', area: '织里镇', totalInvestment: null });
    (await runSql(ledger, "UPDATE problems SET resolved_on = '2026-11-12', resolution = '供电公司已接入' WHERE id = ?", toSolve));
    const added = await addProblem(ledger, a.id, '环评批复待出', '2026-12-20', new Date().toISOString());
    await ledger.close();

    ledger = await at(db, '2026-12-01');
    await ledger.send('months.close', { month: '2026-11' });
    const changes = await ledger.send('months.changes', { month: '2026-11' });
    expect(changes).toMatchObject({ month: '2026-11', asOf: '2026-11-30', closed: true, previous: { month: '2026-10', asOf: '2026-10-31' } });
    const names = (list: Array<{ name: string }>) => list.map((p) => p.name);
    expect(names(changes.newProjects)).toEqual(['丁文旅项目']);
    expect(names(changes.milestones.signed)).toEqual(['甲新能源项目']);
    expect(names(changes.milestones.started)).toEqual([]);
    expect(names(changes.milestones.completed)).toEqual(['乙装备项目']);
    expect(names(changes.milestones.producing)).toEqual([]);
    expect(changes.turnedRed.map((p) => [p.name, p.previousColor, p.reason])).toEqual([['丙物流项目', 'green', '逾期 15天：开工']]);
    expect(changes.recovered.map((p) => [p.name, p.color])).toEqual([['乙装备项目', 'amber']]);
    expect(changes.newProblems.map((p) => [p.id, p.open])).toEqual([[added, true]]);
    expect(changes.solvedProblems.map((p) => [p.id, p.resolvedOn, p.resolution])).toEqual([[toSolve, '2026-11-12', '供电公司已接入']]);
    expect(changes.solvedProblems.map((p) => p.id)).not.toContain(stillOpen);
    expect(changes.removedProjects).toEqual([]);
    // B's 400万 in November, C's October corrected up by 50万; exact in 元.
    expect(changes.investmentTotal).toMatchObject({ previous: 700 * WAN, current: 1150 * WAN, added: 450 * WAN });
    expect(changes.investmentByArea.map((r) => [r.key, r.added])).toEqual([['织里镇', 400 * WAN], ['东部新城', 50 * WAN]]);
    expect(changes.investmentByChain.find((r) => r.key === '商贸文旅')).toMatchObject({ count: 1, previous: 0, added: 0 });
    expect(d.id).toBeGreaterThan(c.id);

    // October's reports, exported after November's edits, are unchanged cell for cell.
    expect(await cells(ledger, { report: 'progress', month: '2026-10' })).toEqual(octoberProgress);
    expect(await cells(ledger, { report: 'nodes', month: '2026-10' })).toEqual(octoberNodes);
    expect(JSON.stringify(octoberProgress)).toContain('200000');

    // The 比上月 report lists the same changes, a section each.
    const report = (await cells(ledger, { report: 'changes', month: '2026-11', unit: '万元' })).map((r) => r.join('|'));
    const line = (text: string) => report.find((r) => r.includes(text)) ?? '';
    expect(line('新签约项目（1个）')).not.toBe('');
    expect(report.some((r) => r.includes('甲新能源项目') && r.includes('在谈→已签约'))).toBe(true);
    expect(report.some((r) => r.includes('丙物流项目') && r.includes('绿灯→红灯') && r.includes('逾期 15天：开工'))).toBe(true);
    expect(report.some((r) => r.includes('乙装备项目') && r.includes('红灯→橙色'))).toBe(true);
    expect(report.some((r) => r.includes('电力接入未完成') && r.includes('已于 2026-11-12 解决'))).toBe(true);
    expect(report.some((r) => r.includes('"织里镇"') && r.includes('400'))).toBe(true);
    await ledger.close();
  });

  it('closing a closed month again is refused until asked to replace, and the re-closing is in the history', async () => {
    const ledger = await openTemp({ today: '2026-11-22' });
    await ledger.send('projects.create', { code: 'A-1', name: '甲项目' });
    await ledger.send('months.close', { month: '2026-10' });
    const refused = await ledger.send('months.close', { month: '2026-10' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiCallError);
    expect((refused as ApiCallError).body).toMatchObject({ code: 'conflict' });
    expect((refused as ApiCallError).body.message).toContain('2026年10月已于');
    await ledger.send('projects.create', { code: 'B-2', name: '乙项目' });
    expect(await ledger.send('months.close', { month: '2026-10', replace: true })).toMatchObject({ projects: 2 });
    const history = await ledger.send('history.list', {});
    expect(history.filter((h) => h.entity === 'month').map((h) => h.after)).toEqual(expect.arrayContaining([expect.stringContaining('重新月结 2026年10月')]));
    await expect(ledger.send('months.close', { month: '2026-12' })).rejects.toMatchObject({ body: { code: 'invalid_input' } });
    await expect(ledger.send('months.rows', { month: '2026-09' })).rejects.toMatchObject({ body: { code: 'not_found' } });
    await ledger.close();
  });

  it('a past month never closed is judged as of its last day: a node finished after it was still late then', async () => {
    const ledger = await openTemp({ today: '2026-11-22' });
    const p = await ledger.send('projects.create', { code: 'A-1', name: '甲项目' });
    await ledger.send('nodes.add', { projectId: p.id, after: null, node: node('竣工', '2026-09-20', '2026-10-05') });
    const status = (rows: string[][]) => rows.find((r) => r.includes('"竣工"')) ?? [];
    const september = status(await cells(ledger, { report: 'nodes', month: '2026-09' }));
    expect(september).toContain('"逾期 10天"');
    expect(september).not.toContain('2026-10-05');
    expect(status(await cells(ledger, { report: 'nodes', month: '2026-11' }))).toContain('"完成滞后 15天"');
    await ledger.close();
  });

  it('比上月 works on a database opened read-only, and from the CLI', async () => {
    const db = path.join(tempDir(), 'ledger.sqlite');
    const writer = await openTemp({ dbPath: db, today: '2026-11-22' });
    await writer.send('projects.create', { code: 'A-1', name: '甲项目', area: '织里镇' });
    await writer.send('months.close', { month: '2026-10' });
    await writer.send('projects.create', { code: 'B-2', name: '乙项目', area: '织里镇' });
    await writer.close();
    const reader = await openTemp({ dbPath: db, readonly: true });
    expect((await reader.send('months.changes', { month: '2026-11' })).newProjects.map((p) => p.code)).toEqual(['B-2']);
    await reader.close();
    const cli = runLedgerCli(['changes', '--month', '2026-11', '--db', db, '--today', '2026-11-22']);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('新入库项目（1）');
    expect(cli.out).toContain('B-2 乙项目');
    const json = JSON.parse(runLedgerCli(['changes', '--month', '2026-11', '--json', '--db', db, '--today', '2026-11-22']).out) as { newProjects: Array<{ code: string }> };
    expect(json.newProjects.map((p) => p.code)).toEqual(['B-2']);
    const close = runLedgerCli(['close-month', '2026-11', '--db', db, '--today', '2026-11-22']);
    expect(close.code).toBe(0);
    expect(close.out).toContain('已月结 2026年11月：2 个项目');
    expect(runLedgerCli(['close-month', '2026-11', '--db', db, '--today', '2026-11-22']).code).toBe(1);
    // Four CLI processes: as the other CLI tests, more time than the default on a busy machine.
  }, 180_000);
});
