/**
 * 团队版 permissions, checked in the dispatcher whatever the transport: a 填报 user of 凤凰街道
 * cannot change a 龙溪街道 project (forbidden, nothing written) but can change their own; 只读
 * reads only; 编辑 cannot administer; the single-PC register (no account) is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_ACCESS } from '../../shared/api/access';
import { contract } from '../../shared/contract';
import type { Project } from '../../shared/domain/types';
import { dispatch } from '../../electron/services/dispatch';
import type { Account } from '../../electron/services/context';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, tableCounts } from './helpers';

let ledger: Ledger;
let fenghuang: Project;
let longxi: Project;

const filler: Account = { id: 1, name: 'fh01', displayName: '凤凰街道 李四', role: 'filler', scope: { area: '凤凰街道' } };
const viewer: Account = { id: 2, name: 'lingdao', displayName: '王副区长', role: 'viewer', scope: {} };
const editor: Account = { id: 3, name: 'bianji', displayName: '张三', role: 'editor', scope: {} };

function as(account: Account, method: string, input: unknown) {
  return dispatch({ ...ledger.ctx, account, actor: account.displayName }, method, input);
}

beforeAll(async () => {
  ledger = await openTemp();
  fenghuang = await ledger.send('projects.create', { code: 'FH-1', name: '卫蓝新能源', area: '凤凰街道', chain: '新能源' });
  longxi = await ledger.send('projects.create', { code: 'LX-1', name: '蜂巢能源', area: '龙溪街道', chain: '新能源' });
});
afterAll(() => ledger.close());

describe('who may do what', () => {
  it('every method of the contract has an access rule', () => {
    expect(Object.keys(METHOD_ACCESS).sort()).toEqual(Object.keys(contract).sort());
  });

  it('a 填报 user of 凤凰街道 changes their own project but not 龙溪街道\'s, and nothing is written', async () => {
    const before = tableCounts(ledger);
    const refused = await as(filler, 'projects.update', { id: longxi.id, version: longxi.version, changes: { progressNote: '已开工' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!refused.ok) {
      expect(refused.error.message).toContain('蜂巢能源');
      expect(refused.error.message).toContain('龙溪街道');
      expect(refused.error.messageEn).toContain('Nothing was changed');
    }
    expect(tableCounts(ledger)).toEqual(before);
    expect((await ledger.send('projects.get', { id: longxi.id })).project.progressNote).toBe('');

    const own = await as(filler, 'projects.update', { id: fenghuang.id, version: fenghuang.version, changes: { progressNote: '主体结构封顶' } });
    expect(own.ok).toBe(true);
    const history = await ledger.send('history.list', { projectId: fenghuang.id });
    expect(history.find((h) => h.field === 'progressNote')?.actor).toBe('凤凰街道 李四');
    // Creating projects is an editor's work.
    expect(await as(filler, 'projects.create', { code: 'FH-2', name: '新项目', area: '凤凰街道' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('只读 reads and keeps their own watch list but changes nothing of the register', async () => {
    expect((await as(viewer, 'projects.list', {})).ok).toBe(true);
    expect((await as(viewer, 'home.watch', { projectId: fenghuang.id, watched: true })).ok).toBe(true);
    const refused = await as(viewer, 'projects.update', { id: fenghuang.id, version: 2, changes: { name: 'x' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('只读') } });
  });

  it('编辑 edits every project but cannot administer; with no account (one PC) all is allowed', async () => {
    const project = await ledger.send('projects.get', { id: longxi.id });
    expect((await as(editor, 'projects.update', { id: longxi.id, version: project.project.version, changes: { progressNote: '设备进场' } })).ok).toBe(true);
    expect(await as(editor, 'settings.update', { reportingUnit: '区投资促进局' })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('管理员') } });
    expect((await ledger.dispatch('settings.update', { reportingUnit: '区投资促进局' })).ok).toBe(true);
  });
});
