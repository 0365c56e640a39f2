/** What the UI offers each role, from the contract's rules: the same answers the server gives. */
import { describe, expect, it } from 'vitest';
import type { AccountInfo } from '../../shared/domain/accounts';
import type { Role } from '../../shared/domain/roles';
import { permissionsFor } from '../../renderer/src/team/rolePermissions';

function account(role: Role, scope: AccountInfo['scope'] = {}): AccountInfo {
  return { id: 1, name: 'x', displayName: '某人', role, scope, disabled: false, createdAt: '', updatedAt: '' };
}

const fenghuang = { area: '凤凰街道', ownerUnit: '凤凰街道办事处' };
const longxi = { area: '龙溪街道', ownerUnit: '龙溪街道办事处' };

describe('permissionsFor', () => {
  it('the single-PC register (no account) may do everything', () => {
    const can = permissionsFor(null, 'zh');
    expect([can.may('projects.create'), can.may('months.close'), can.may('accounts.create'), can.mayChange(longxi)]).toEqual([true, true, true, true]);
    expect(can.roleName).toBe('');
  });

  it('只读 may read and keep their own views, nothing else', () => {
    const can = permissionsFor(account('viewer'), 'zh');
    expect([can.may('projects.list'), can.may('views.save'), can.may('projects.update'), can.may('projects.create'), can.may('imports.commit'), can.may('months.close')]).toEqual([true, true, false, false, false, false]);
    expect(can.mayChange(fenghuang)).toBe(false);
    expect(can.roleName).toBe('只读');
  });

  it('填报 of 凤凰街道 changes their own area\'s projects only, or those of their 责任单位', () => {
    const byArea = permissionsFor(account('filler', { area: '凤凰街道' }), 'en');
    expect([byArea.mayChange(fenghuang), byArea.mayChange(longxi), byArea.may('projects.create'), byArea.may('rounds.collect')]).toEqual([true, false, false, true]);
    expect(byArea.roleName).toBe('Reporter');
    const byUnit = permissionsFor(account('filler', { unit: '龙溪街道办事处' }), 'zh');
    expect([byUnit.mayChange(fenghuang), byUnit.mayChange(longxi)]).toEqual([false, true]);
  });

  it('编辑 changes every project but does not administer; 管理员 does', () => {
    const editor = permissionsFor(account('editor'), 'zh');
    expect([editor.mayChange(longxi), editor.may('months.close'), editor.may('settings.update'), editor.may('accounts.list')]).toEqual([true, true, false, false]);
    expect(permissionsFor(account('admin'), 'zh').may('accounts.create')).toBe(true);
  });
});
