/** 在谈 projects have no 项目编号 yet: one created without it gets the next provisional 待编号-YYYY-NNN. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp } from './helpers';

let ledger: Ledger;
afterEach(() => ledger?.close());

describe('provisional 项目编号', () => {
  it('numbers projects created without a code in turn, per year of today, and keeps a given code', async () => {
    ledger = await openTemp({ today: '2026-12-01' });
    const first = await ledger.send('projects.create', { name: '某新能源材料项目（在谈）' });
    const given = await ledger.send('projects.create', { code: 'NTH-2026-050', name: '已有编号项目' });
    const second = await ledger.send('projects.create', { name: '某生物医药项目（在谈）', totalInvestment: 500_000_000 });
    expect([first.code, given.code, second.code]).toEqual(['待编号-2026-001', 'NTH-2026-050', '待编号-2026-002']);
    expect(second.totalInvestment).toBe(500_000_000);
    const history = await ledger.send('history.list', { projectId: first.id });
    expect(history[0]?.after).toContain('待编号-2026-001');
  });

  it('goes on after the highest provisional code even when an earlier one was given its real code', async () => {
    ledger = await openTemp({ today: '2026-12-01' });
    const a = await ledger.send('projects.create', { name: '甲项目' });
    await ledger.send('projects.create', { name: '乙项目' });
    await ledger.send('projects.update', { id: a.id, version: a.version, changes: { code: 'NTH-2026-051' } });
    const c = await ledger.send('projects.create', { name: '丙项目' });
    expect(c.code).toBe('待编号-2026-003');
  });
});
