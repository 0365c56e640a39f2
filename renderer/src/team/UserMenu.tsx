/** The team server's user menu in the top bar: who is signed in and in what role, 修改密码, 退出登录. Absent on the single-PC register. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmLeave } from '../app/leaveGuard';
import { Popover } from '../common/Popover';
import { signOut } from './auth';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { usePermissions } from './permissions';

export function UserMenu() {
  const { t } = useTranslation('team');
  const { account, roleName } = usePermissions();
  const [changing, setChanging] = useState(false);
  if (!account) return null;
  const scope = [account.scope.area, account.scope.unit].filter(Boolean).join(' / ');
  const leave = async () => {
    if (!(await confirmLeave())) return;
    await signOut();
    window.location.reload();
  };
  return (
    <>
      <Popover className="user-menu" align="right" title={t('menu.label', { name: account.displayName, role: roleName })}
        label={<span className="user-menu-label"><span className="user-name">{account.displayName}</span><span className="user-role">{roleName}</span></span>}>
        {(close) => (
          <div className="menu" role="menu">
            <div className="user-menu-who">
              <b>{account.displayName}</b> <span className="user-menu-login">{account.name}</span>
              <div>{roleName}</div>
              {scope && <div className="user-menu-scope">{t('menu.scope', { scope })}</div>}
            </div>
            <button type="button" className="menu-item" role="menuitem" onClick={() => { close(); setChanging(true); }}>{t('menu.changePassword')}</button>
            <button type="button" className="menu-item" role="menuitem" onClick={() => { close(); void leave(); }}>{t('menu.signOut')}</button>
          </div>
        )}
      </Popover>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </>
  );
}
