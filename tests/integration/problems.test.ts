/**
 * 卡点督办 through the API as a clerk uses it: a problem recorded on a node with the department
 * asked and its promise; past the promise the node and the project turn red with the reason; the
 * 督办清单 puts the overdue first and filters by department; solving it turns the light back; every
 * step is in the project's history.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, registerFileOf, tableCounts, rowsOf } from './helpers';

let ledger: Ledger;
let later: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  await later?.close();
  later = undefined;
});

const NODES = [
  { name: '签约', milestone: true, plannedStart: '2026-03-01', plannedEnd: '2026-03-01', actualStart: '2026-03-01', actualEnd: '2026-03-01', percent: 100, note: '' },
  { name: '施工许可', milestone: false, plannedStart: '2026-06-01', plannedEnd: '2027-03-31', actualStart: '2026-06-01', actualEnd: null, percent: 40, note: '' },
];

async function projectWithNodes(l: Ledger, code = 'T-001', name = '测试产业园项目') {
  const p = await l.send('projects.create', { code, name, leader: '沈建华', ownerUnit: '杨家埠街道办事处' });
  let nodes = await l.send('nodes.add', { projectId: p.id, after: null, node: NODES[0]! });
  nodes = await l.send('nodes.add', { projectId: p.id, after: nodes[0]!.id, node: NODES[1]! });
  // Progress reported this month: the project is not aged red or yellow by months without it.
  await l.send('monthly.set', { projectId: p.id, month: '2026-11', values: { planned: 1_000_000, completed: 1_000_000, progressNote: '主体施工' } });
  return { project: p, permit: nodes[1]! };
}

/** The same file opened again on another day. */
async function reopenOn(today: string): Promise<Ledger> {
  const dbPath = registerFileOf(ledger);
  await ledger.close();
  later = await openTemp({ dbPath, today });
  return later;
}

describe('卡点督办', () => {
  it('an open 卡点 past its promise turns its node and the project red with the reason; solving it turns them back', async () => {
    ledger = await openTemp({ today: '2026-11-22' });
    const { project, permit } = await projectWithNodes(ledger);
    const before = await ledger.send('projects.get', { id: project.id });
    expect(before.project.light.color).toBe('green');
    expect(before.nodes[1]!.light.color).toBe('blue');

    const created = await ledger.send('problems.create', {
      projectId: project.id, nodeId: permit.id, text: '施工图审查意见未回复', department: '区住房和城乡建设局', promisedOn: '2026-11-30', version: before.project.version,
    });
    expect(created).toMatchObject({ nodeName: '施工许可', department: '区住房和城乡建设局', resolvedOn: null, due: { state: 'dueSoon', days: 8 } });
    // Before the promise: the node is not red.
    expect((await ledger.send('projects.get', { id: project.id })).nodes[1]!.light.color).toBe('blue');

    const l = await reopenOn('2026-12-05');
    const overdue = await l.send('projects.get', { id: project.id });
    expect(overdue.nodes[1]!.light).toMatchObject({ color: 'red', status: '逾期', daysLate: 5, reason: '卡点逾期：施工图审查意见未回复' });
    expect(overdue.project.light).toMatchObject({ color: 'red', reason: '施工许可：卡点逾期：施工图审查意见未回复' });
    const [row] = await l.send('projects.list', { query: '测试产业园' });
    expect(row!.light.color).toBe('red');

    const solved = await l.send('problems.resolve', { id: created.id, resolution: '住建局已出具审查意见', version: overdue.project.version });
    expect(solved).toMatchObject({ resolvedOn: '2026-12-05', resolution: '住建局已出具审查意见', due: { state: 'resolved' } });
    const after = await l.send('projects.get', { id: project.id });
    expect(after.nodes[1]!.light.color).toBe('blue');
    expect(after.project.light.color).toBe('green');
    expect((await l.send('problems.list', {})).rows).toEqual([]);
    expect((await l.send('problems.list', { status: 'resolved' })).rows.map((r) => r.id)).toEqual([created.id]);
  });

  it('a 卡点 of the whole project (no node) past its promise turns the project red with the reason', async () => {
    ledger = await openTemp({ today: '2026-11-22' });
    const { project } = await projectWithNodes(ledger);
    await ledger.send('problems.create', { projectId: project.id, nodeId: null, text: '企业融资未落实', department: '区金融办', promisedOn: '2026-11-01' });
    const detail = await ledger.send('projects.get', { id: project.id });
    expect(detail.project.light).toMatchObject({ color: 'red', reason: '卡点逾期 21天：企业融资未落实', reasonEn: 'problem 21 days overdue: 企业融资未落实' });
    // No node carries it.
    expect(detail.nodes.map((n) => n.light.color)).toEqual(['green', 'blue']);
  });

  it('the 督办清单: overdue first (longest on top), then by promise; filtered by department with counts', async () => {
    ledger = await openTemp({ today: '2026-11-22' });
    const a = await projectWithNodes(ledger, 'T-001', '甲项目');
    const b = await projectWithNodes(ledger, 'T-002', '乙项目');
    const add = (projectId: number, text: string, department: string, promisedOn: string | null) =>
      ledger.send('problems.create', { projectId, nodeId: null, text, department, promisedOn });
    await add(a.project.id, '远期问题', '区发改局', '2027-01-10');
    await add(b.project.id, '逾期两天', '区住建局', '2026-11-20');
    await add(a.project.id, '无承诺时间', '区住建局', null);
    await add(b.project.id, '逾期一月', '区发改局', '2026-10-22');
    await add(a.project.id, '下周到期', '区住建局', '2026-11-29');
    const list = await ledger.send('problems.list', {});
    expect(list.rows.map((r) => [r.text, r.due.state, r.due.days ?? null])).toEqual([
      ['逾期一月', 'overdue', 31],
      ['逾期两天', 'overdue', 2],
      ['下周到期', 'dueSoon', 7],
      ['远期问题', 'open', 49],
      ['无承诺时间', 'noDate', null],
    ]);
    expect(list).toMatchObject({ open: 5, overdue: 2, today: '2026-11-22' });
    expect(list.departments).toEqual([
      { name: '区住建局', count: 3, open: 3, overdue: 1 },
      { name: '区发改局', count: 2, open: 2, overdue: 1 },
    ]);
    const housing = await ledger.send('problems.list', { department: '区住建局' });
    expect(housing.rows.map((r) => r.text)).toEqual(['逾期两天', '下周到期', '无承诺时间']);
    expect(housing.rows[0]).toMatchObject({ projectName: '乙项目', projectCode: 'T-002', leader: '沈建华' });
    expect((await ledger.send('problems.list', { status: 'overdue' })).rows.map((r) => r.text)).toEqual(['逾期一月', '逾期两天']);
    // Departments offered when recording: those asked before and the projects' 责任单位.
    expect(await ledger.send('problems.departments', {})).toEqual(expect.arrayContaining(['区住建局', '区发改局', '杨家埠街道办事处']));
  });

  it('keeps every step in the project history, with who did it', async () => {
    ledger = await openTemp({ today: '2026-11-22' });
    const { project, permit } = await projectWithNodes(ledger);
    const p = await ledger.send('problems.create', { projectId: project.id, nodeId: permit.id, text: '施工图审查意见未回复', department: '区住建局', promisedOn: '2026-11-30' });
    await ledger.send('problems.update', { id: p.id, changes: { promisedOn: '2026-12-10', department: '区住房和城乡建设局', nodeId: null } });
    await ledger.send('problems.resolve', { id: p.id, resolution: '已出具审查意见', resolvedOn: '2026-11-21' });
    await ledger.send('problems.reopen', { id: p.id });
    await ledger.send('problems.remove', { id: p.id });
    const history = (await ledger.send('history.list', { projectId: project.id })).filter((c) => c.entity === 'problem').reverse();
    expect(history.map((c) => [c.field, c.before, c.after])).toEqual([
      ['*', null, '卡点：施工图审查意见未回复（责任单位：区住建局，承诺时间：2026-11-30，节点：施工许可）'],
      ['施工图审查意见未回复.nodeId', '施工许可', null],
      ['施工图审查意见未回复.department', '区住建局', '区住房和城乡建设局'],
      ['施工图审查意见未回复.promisedOn', '2026-11-30', '2026-12-10'],
      ['施工图审查意见未回复.resolvedOn', null, '2026-11-21'],
      ['施工图审查意见未回复.resolution', null, '已出具审查意见'],
      ['施工图审查意见未回复.resolvedOn', '2026-11-21', null],
      ['施工图审查意见未回复.resolution', '已出具审查意见', null],
      ['*', '卡点：施工图审查意见未回复（责任单位：区住房和城乡建设局，承诺时间：2026-12-10）', null],
    ]);
    expect(new Set(history.map((c) => c.actor))).toEqual(new Set(['tester']));
  });

  it('refuses bad input with the field named, in Chinese and English, and writes nothing', async () => {
    ledger = await openTemp({ today: '2026-11-22' });
    const { project } = await projectWithNodes(ledger);
    const other = await projectWithNodes(ledger, 'T-009', '别的项目');
    const p = await ledger.send('problems.create', { projectId: project.id, nodeId: null, text: '问题', department: '区住建局', promisedOn: null });
    const counts = { ...(await tableCounts(ledger)), problems: 1 };
    const cases: Array<[string, unknown, RegExp]> = [
      ['problems.create', { projectId: project.id, nodeId: null, text: '  ', department: '区住建局', promisedOn: null }, /请写明卡点问题/],
      ['problems.create', { projectId: project.id, nodeId: null, text: '问题', department: '', promisedOn: null }, /请填写责任单位/],
      ['problems.create', { projectId: project.id, nodeId: null, text: '问题', department: '区住建局', promisedOn: '2026-02-30' }, /承诺解决时间.*日期/],
      ['problems.create', { projectId: project.id, nodeId: other.permit.id, text: '问题', department: '区住建局', promisedOn: null }, /不是该项目的节点/],
      ['problems.resolve', { id: p.id, resolution: '' }, /请写明解决情况/],
      ['problems.resolve', { id: p.id, resolution: '已解决', resolvedOn: '2026-12-01' }, /晚于今天/],
      ['problems.update', { id: 999, changes: { text: '新' } }, /找不到卡点/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ledger.dispatch(method as 'problems.create', input);
      expect(result.ok, method).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(message);
        expect(result.error.messageEn).toMatch(/[a-z]{3}/);
      }
    }
    expect({ ...(await tableCounts(ledger)), problems: (await rowsOf<{ n: number }>(ledger, 'SELECT count(*) AS n FROM problems'))[0]?.n }).toEqual(counts);
  });

  it('refuses a write made on a stale copy of the project, and solving twice', async () => {
    ledger = await openTemp({ today: '2026-11-22' });
    const { project } = await projectWithNodes(ledger);
    const loaded = (await ledger.send('projects.get', { id: project.id })).project.version;
    const p = await ledger.send('problems.create', { projectId: project.id, nodeId: null, text: '问题', department: '区住建局', promisedOn: null, version: loaded });
    expect(p.projectVersion).toBe(loaded + 1);
    await expect(ledger.send('problems.resolve', { id: p.id, resolution: '好了', version: loaded })).rejects.toMatchObject({ body: { code: 'conflict' } });
    await ledger.send('problems.resolve', { id: p.id, resolution: '好了', version: p.projectVersion });
    await expect(ledger.send('problems.resolve', { id: p.id, resolution: '又好了' })).rejects.toMatchObject({ body: { code: 'conflict', message: expect.stringContaining('已于 2026-11-22 解决') } });
  });

  it('a schedule rebuilt from a template keeps each 卡点 on the node of the same name', async () => {
    ledger = await openTemp({ today: '2026-11-22' });
    const { project, permit } = await projectWithNodes(ledger);
    const p = await ledger.send('problems.create', { projectId: project.id, nodeId: permit.id, text: '图审未过', department: '区住建局', promisedOn: '2026-12-01' });
    const [template] = await ledger.send('templates.list', {});
    const nodes = await ledger.send('nodes.applyTemplate', { projectId: project.id, templateId: template!.id, start: '2026-03-01' });
    const after = (await ledger.send('problems.list', { projectId: project.id })).rows[0]!;
    expect(after.id).toBe(p.id);
    expect(after.nodeName).toBe('施工许可');
    expect(after.nodeId).toBe(nodes.find((n) => n.name === '施工许可')!.id);
  });

  it('the sample register carries a few 卡点: open and overdue ones, and one solved', async () => {
    ledger = await openTemp({ today: '2026-11-22', seed: true });
    const list = await ledger.send('problems.list', { status: 'all' });
    expect(list.rows.length).toBe(8);
    expect(list.open).toBe(7);
    expect(list.overdue).toBe(4);
    // The overdue 卡点 on a node not otherwise late turns it red, with the reason.
    const housing = list.rows.find((r) => r.text.startsWith('配套道路'))!;
    const detail = await ledger.send('projects.get', { id: housing.projectId });
    expect(detail.project.light).toMatchObject({ color: 'red', reason: '竣工：卡点逾期：配套道路及雨污管网未移交，影响竣工验收' });
  });
});
