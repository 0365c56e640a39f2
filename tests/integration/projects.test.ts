import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { ApiCallError } from '../../shared/errors';
import { openTemp, refuseWrites, tableCounts } from './helpers';

let ledger: Ledger;
afterEach(() => ledger?.close());

const weilan = { code: 'NTH-2023-001', name: '卫蓝新能源年产20GWh固态电池项目', company: '卫蓝新能源（湖州）有限公司', chain: '新能源', area: '湖州科技城', level: '省重大', totalInvestment: 13_900_000_000, signedOn: '2023-06-16' };

describe('projects service on a temporary database', () => {
  it('writes no project at all when one of its nodes cannot be written (the nodes are inside the transaction)', async () => {
    ledger = await openTemp();
    await refuseWrites(ledger, 'nodes', 'INSERT', 'NEW.seq = 3');
    const before = await tableCounts(ledger);
    await expect(ledger.send('data.generate', { projects: 3, seed: 2 })).rejects.toThrow();
    expect(await tableCounts(ledger)).toEqual(before);
    expect(await ledger.send('projects.list', {})).toEqual([]);
  });

  it('creates a project, lists it with its light, and records who created it', async () => {
    ledger = await openTemp();
    const created = await ledger.send('projects.create', weilan);
    expect(created).toMatchObject({ code: 'NTH-2023-001', totalInvestment: 13_900_000_000, stage: '在谈', version: 1, archived: false });
    const rows = await ledger.send('projects.list', { query: '卫蓝' });
    expect(rows.map((r) => r.name)).toEqual([weilan.name]);
    expect(rows[0]?.light).toMatchObject({ color: 'grey', label: '无节点' });
    const history = await ledger.send('history.list', { projectId: created.id });
    expect(history[0]).toMatchObject({ actor: 'tester', field: '*', after: expect.stringContaining('卫蓝') });
  });

  it('updates with a version check: a stale version is refused and nothing is overwritten', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    const updated = await ledger.send('projects.update', { id: p.id, version: 1, changes: { annualPlan: 1_250_000_000 } });
    expect(updated).toMatchObject({ annualPlan: 1_250_000_000, version: 2 });
    const stale = ledger.send('projects.update', { id: p.id, version: 1, changes: { annualPlan: 1 } });
    await expect(stale).rejects.toMatchObject({ body: { code: 'conflict', message: expect.stringContaining('已在别处被修改') } });
    const detail = await ledger.send('projects.get', { id: p.id });
    expect(detail.project.annualPlan).toBe(1_250_000_000);
    const history = await ledger.send('history.list', { projectId: p.id });
    expect(history[0]).toMatchObject({ field: 'annualPlan', before: null, after: '1250000000', actor: 'tester' });
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    const before = (await tableCounts(ledger));
    const cases: Array<[unknown, RegExp]> = [
      [{ id: p.id, version: 1, changes: { totalInvestment: 1.5 } }, /总投资/],
      [{ id: p.id, version: 1, changes: { totalInvestment: -100 } }, /总投资.*负数/],
      [{ id: p.id, version: 1, changes: { signedOn: '2023-02-30' } }, /签约日期.*日期/],
      [{ id: p.id, version: 1, changes: { chain: '不存在的链' } }, /产业链「不存在的链」不在代码表中/],
      [{ id: p.id, version: 1, changes: { colour: 'red' } }, /不认识的字段：colour/],
      [{ id: p.id, changes: {} }, /版本：不能缺少/],
    ];
    for (const [input, message] of cases) {
      const result = await ledger.dispatch('projects.update', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(message);
        expect(result.error.messageEn.length).toBeGreaterThan(10);
      }
    }
    expect((await tableCounts(ledger))).toEqual(before);
    expect((await ledger.send('projects.get', { id: p.id })).project.version).toBe(1);
  });

  it('refuses a duplicate project code', async () => {
    ledger = await openTemp();
    await ledger.send('projects.create', weilan);
    await expect(ledger.send('projects.create', { ...weilan, name: '另一个项目' })).rejects.toBeInstanceOf(ApiCallError);
    expect(await ledger.send('projects.list', {})).toHaveLength(1);
  });

  it('refuses a national 项目代码 already held by another project', async () => {
    ledger = await openTemp();
    const nationalCode = '2023-330502-38-03-123456';
    await ledger.send('projects.create', { ...weilan, nationalCode });
    const second = ledger.send('projects.create', { code: 'NTH-2023-002', name: '另一个项目', nationalCode });
    await expect(second).rejects.toMatchObject({ body: { code: 'conflict', message: expect.stringContaining('项目代码') } });
  });

  it('shows a terminated project grey, whatever its overdue nodes', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    await ledger.send('nodes.applyTemplate', { projectId: p.id, templateId: 1, start: '2025-01-01' });
    expect((await ledger.send('projects.get', { id: p.id })).project.light.color).toBe('red');
    await ledger.send('projects.update', { id: p.id, version: (await ledger.send('projects.get', { id: p.id })).project.version, changes: { stageOverride: '终止' } });
    expect((await ledger.send('projects.get', { id: p.id })).project.light).toMatchObject({ color: 'grey', label: '已终止' });
  });

  it('ages a signed project with no progress since: 4 months idle turns it red', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', { ...weilan, signedOn: '2026-07-10' });
    await ledger.send('nodes.add', { projectId: p.id, after: null, node: { name: '签约', milestone: true, plannedStart: '2026-07-10', plannedEnd: '2026-07-10', actualStart: null, actualEnd: '2026-07-10', percent: 100, note: '' } });
    await ledger.send('nodes.add', { projectId: p.id, after: null, node: { name: '供地', milestone: false, plannedStart: '2026-07-11', plannedEnd: '2027-06-30', actualStart: null, actualEnd: null, percent: 0, note: '' } });
    let row = (await ledger.send('projects.get', { id: p.id })).project;
    expect(row.stage).toBe('已签约');
    expect(row.light).toMatchObject({ color: 'red', reason: '4个月无进展' });
    await ledger.send('monthly.set', { projectId: p.id, month: '2026-11', values: { progressNote: '土地挂牌公告已发布' } });
    row = (await ledger.send('projects.get', { id: p.id })).project;
    expect(row.light.color).toBe('green');
  });

  it('archives and restores, hiding archived projects from the register', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    await ledger.send('projects.archive', { id: p.id, archived: true });
    expect(await ledger.send('projects.list', {})).toHaveLength(0);
    expect(await ledger.send('projects.list', { includeArchived: true })).toHaveLength(1);
    await ledger.send('projects.archive', { id: p.id, archived: false });
    expect(await ledger.send('projects.list', {})).toHaveLength(1);
  });

  it('answers an unknown method and a missing project with clear errors', async () => {
    ledger = await openTemp();
    const unknown = await ledger.dispatch('projects.drop', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const missing = await ledger.dispatch('projects.get', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: '找不到项目（999）' } });
  });
});

describe('nodes, stage and monthly figures', () => {
  it('applies the standard template from the signing date, derives the stage and shifts following nodes', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    const [template] = await ledger.send('templates.list', {});
    const nodes = await ledger.send('nodes.applyTemplate', { projectId: p.id, templateId: template!.id, start: '2026-06-01' });
    expect(nodes.map((n) => n.name)).toEqual(['签约', '供地', '立项备案', '施工许可', '开工', '结顶', '竣工', '投产', '达产']);
    expect(nodes[0]).toMatchObject({ plannedStart: '2026-06-01', plannedEnd: '2026-06-01' });

    const signing = nodes[0]!;
    await ledger.send('nodes.update', { id: signing.id, changes: { actualEnd: '2026-06-01', percent: 100 } });
    expect((await ledger.send('projects.get', { id: p.id })).project.stage).toBe('已签约');

    const start = nodes.find((n) => n.name === '开工')!;
    const after = await ledger.send('nodes.update', { id: start.id, changes: { plannedEnd: '2026-12-29', plannedStart: '2026-12-29' }, shiftFollowing: true });
    const moved = 60; // 开工 planned 2026-10-30 → 2026-12-29
    const roof = after.find((n) => n.name === '结顶')!;
    const roofBefore = nodes.find((n) => n.name === '结顶')!;
    expect(roof.plannedEnd).not.toBe(roofBefore.plannedEnd);
    expect(new Date(roof.plannedEnd!).getTime() - new Date(roofBefore.plannedEnd!).getTime()).toBe(moved * 86_400_000);
    // Nodes before 开工 keep their dates.
    expect(after.find((n) => n.name === '施工许可')!.plannedEnd).toBe(nodes.find((n) => n.name === '施工许可')!.plannedEnd);

    await ledger.send('nodes.update', { id: start.id, changes: { actualEnd: '2026-11-20' } });
    const detail = await ledger.send('projects.get', { id: p.id });
    expect(detail.project.stage).toBe('在建');
    const history = await ledger.send('history.list', { projectId: p.id });
    expect(history.some((h) => h.field === '结顶.plannedEnd' && h.before === roofBefore.plannedEnd && h.after === roof.plannedEnd)).toBe(true);
  });

  it('shifting following nodes writes history only for dates that moved', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    const [template] = await ledger.send('templates.list', {});
    const nodes = await ledger.send('nodes.applyTemplate', { projectId: p.id, templateId: template!.id, start: '2026-06-01' });
    const roof = nodes.find((n) => n.name === '结顶')!;
    // A later node with no planned dates has nothing to move.
    await ledger.send('nodes.update', { id: roof.id, changes: { plannedStart: null, plannedEnd: null } });
    const start = nodes.find((n) => n.name === '开工')!;
    await ledger.send('nodes.update', { id: start.id, changes: { plannedStart: '2026-12-29', plannedEnd: '2026-12-29' }, shiftFollowing: true });
    const history = await ledger.send('history.list', { projectId: p.id });
    const roofRows = history.filter((h) => h.field.startsWith('结顶.'));
    expect(roofRows.map((h) => [h.field, h.before, h.after])).toEqual(expect.arrayContaining([['结顶.plannedStart', roof.plannedStart, null], ['结顶.plannedEnd', roof.plannedEnd, null]]));
    expect(roofRows).toHaveLength(2);
    expect(history.some((h) => h.field === '竣工.plannedEnd' && h.after !== h.before)).toBe(true);
  });

  it('a hand-set 停滞 stage wins over the nodes', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    const updated = await ledger.send('projects.update', { id: p.id, version: p.version, changes: { stageOverride: '停滞' } });
    expect(updated.stage).toBe('停滞');
    const cleared = await ledger.send('projects.update', { id: p.id, version: updated.version, changes: { stageOverride: null } });
    expect(cleared.stage).toBe('在谈');
  });

  it('sums 1–N月完成投资 for the year up to the reporting month', async () => {
    ledger = await openTemp();
    const p = await ledger.send('projects.create', weilan);
    await ledger.send('monthly.set', { projectId: p.id, month: '2025-12', values: { completed: 999_999 } });
    await ledger.send('monthly.set', { projectId: p.id, month: '2026-01', values: { planned: 100_000_000, completed: 80_000_000 } });
    await ledger.send('monthly.set', { projectId: p.id, month: '2026-10', values: { completed: 123_450_000, progressNote: '主体结构施工' } });
    await ledger.send('monthly.set', { projectId: p.id, month: '2026-12', values: { completed: 5 } });
    const [row] = await ledger.send('projects.list', {});
    expect(row?.completedYtd).toBe(80_000_000 + 123_450_000);
    const table = await ledger.send('rollups.by', { by: 'chain', month: '2026-01' });
    expect(table.total.completedYtd).toBe(80_000_000);
  });
});
