/**
 * 设置与数据 → 账户 (管理员, team server only): every account with its role and scope; add one,
 * change its name, role or scope, disable or enable it, reset its password. Each refusal (a login
 * name taken, a 填报 without a scope, the last 管理员) is shown in the service's own words.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import { useApiQuery } from '../common/useApiQuery';
import type { AccountInfo } from '../../../shared/domain/accounts';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/domain/roles';
import i18n from '../i18n';
import { usePermissions } from './permissions';

interface Draft {
  name: string;
  displayName: string;
  role: Role;
  area: string;
  unit: string;
  password: string;
}

const EMPTY: Draft = { name: '', displayName: '', role: 'editor', area: '', unit: '', password: '' };

type Editing = { kind: 'add' } | { kind: 'edit'; account: AccountInfo } | { kind: 'reset'; account: AccountInfo };

export function AccountsPanel() {
  const { t } = useTranslation('team');
  const en = i18n.resolvedLanguage === 'en';
  const me = usePermissions().account;
  const [accounts, reload] = useApiQuery('accounts.list', {});
  const [lists] = useApiQuery('codeLists.get', {});
  const [projects] = useApiQuery('projects.list', { includeArchived: true });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const units = useMemo(() => (projects.status === 'ok' ? [...new Set(projects.data.map((p) => p.ownerUnit).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh')) : []), [projects]);
  const areas = lists.status === 'ok' ? lists.data.area : [];
  const roleName = (role: Role) => ROLE_LABELS[role][en ? 'en' : 'zh'];

  const open = (next: Editing) => {
    setEditing(next);
    setError(null);
    setNotice(null);
    setDraft(next.kind === 'add' ? EMPTY : { ...EMPTY, name: next.account.name, displayName: next.account.displayName, role: next.account.role, area: next.account.scope.area ?? '', unit: next.account.scope.unit ?? '' });
  };
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      const said = await work();
      setEditing(null);
      setNotice(said);
      reload();
    } catch (err) {
      if (editing) setError(errorText(err, en));
      else setNotice(errorText(err, en));
    } finally {
      setBusy(false);
    }
  };
  const scope = () => (draft.role === 'filler' ? { ...(draft.area ? { area: draft.area } : {}), ...(draft.unit.trim() ? { unit: draft.unit.trim() } : {}) } : {});
  const submit = () => {
    if (!editing) return;
    if (editing.kind === 'add') {
      void run(async () => {
        const made = await api('accounts.create', { name: draft.name.trim(), displayName: draft.displayName, role: draft.role, scope: scope(), password: draft.password });
        return t('accounts.created', { name: made.displayName });
      });
    } else if (editing.kind === 'edit') {
      void run(async () => {
        const saved = await api('accounts.update', { id: editing.account.id, displayName: draft.displayName, role: draft.role, scope: scope() });
        return t('accounts.saved', { name: saved.displayName });
      });
    } else {
      void run(async () => {
        await api('accounts.resetPassword', { id: editing.account.id, password: draft.password });
        return t('accounts.resetDone', { name: editing.account.displayName });
      });
    }
  };
  const toggle = (account: AccountInfo) => {
    setError(null);
    void run(async () => {
      await api('accounts.update', { id: account.id, disabled: !account.disabled });
      return t(account.disabled ? 'accounts.enabledDone' : 'accounts.disabledDone', { name: account.displayName });
    });
  };

  if (accounts.status !== 'ok') {
    const failed = accounts.status === 'error' ? accounts : null;
    return <p className={failed ? 'settings-error' : 'settings-note'} role={failed ? 'alert' : 'status'}>{failed ? (en ? failed.messageEn : failed.message) : t('accounts.loading')}</p>;
  }
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const field = (key: 'name' | 'displayName' | 'password', label: string, extra: { type?: string; hint?: string; autoFocus?: boolean } = {}) => (
    <label className="settings-field">
      <span>{label}</span>
      <input value={draft[key]} type={extra.type} maxLength={key === 'password' ? 200 : 40} autoFocus={extra.autoFocus} autoComplete={key === 'password' ? 'new-password' : 'off'} onChange={(e) => set(key)(e.target.value)} />
      {extra.hint && <small>{extra.hint}</small>}
    </label>
  );
  return (
    <div className="settings-accounts">
      <p className="settings-note">{t('accounts.hint')}</p>
      <table className="settings-table" aria-label={t('accounts.section')}>
        <thead>
          <tr>
            <th scope="col">{t('accounts.name')}</th><th scope="col">{t('accounts.displayName')}</th><th scope="col">{t('accounts.role')}</th>
            <th scope="col">{t('accounts.scope')}</th><th scope="col">{t('accounts.status')}</th><th scope="col">{t('accounts.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.data.map((a) => (
            <tr key={a.id} className={a.disabled ? 'retired' : ''}>
              <td>{a.name}</td>
              <td>{a.displayName}{a.id === me?.id ? t('accounts.you') : ''}</td>
              <td>{roleName(a.role)}</td>
              <td>{[a.scope.area, a.scope.unit].filter(Boolean).join(' / ') || t('accounts.none')}</td>
              <td>{a.disabled ? t('accounts.disabled') : t('accounts.active')}</td>
              <td className="settings-actions">
                <button type="button" className="link" disabled={busy} onClick={() => open({ kind: 'edit', account: a })} aria-label={`${t('accounts.edit')} ${a.name}`}>{t('accounts.edit')}</button>
                <button type="button" className="link" disabled={busy} onClick={() => toggle(a)} aria-label={`${a.disabled ? t('accounts.enable') : t('accounts.disable')} ${a.name}`}>
                  {a.disabled ? t('accounts.enable') : t('accounts.disable')}
                </button>
                <button type="button" className="link" disabled={busy} onClick={() => open({ kind: 'reset', account: a })} aria-label={`${t('accounts.reset')} ${a.name}`}>{t('accounts.reset')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button-primary" onClick={() => open({ kind: 'add' })}>{t('accounts.add')}</button>
      {notice && !editing && <p className="settings-ok" role="status">{notice}</p>}
      {editing && (
        <Dialog
          title={editing.kind === 'add' ? t('accounts.addTitle') : editing.kind === 'edit' ? t('accounts.editTitle', { name: editing.account.name }) : t('accounts.resetTitle', { name: editing.account.displayName })}
          submitLabel={editing.kind === 'add' ? t('accounts.create') : t('accounts.save')} cancelLabel={t('accounts.cancel')} busy={busy} error={error}
          onClose={() => setEditing(null)} onSubmit={submit}>
          {editing.kind === 'reset' ? field('password', t('accounts.newPassword'), { type: 'password', hint: t('accounts.passwordHint'), autoFocus: true }) : (
            <div className="settings-account-form">
              {editing.kind === 'add' && field('name', t('accounts.name'), { autoFocus: true })}
              {field('displayName', t('accounts.displayName'))}
              <label className="settings-field">
                <span>{t('accounts.role')}</span>
                <select value={draft.role} onChange={(e) => set('role')(e.target.value)}>
                  {ROLES.map((r) => <option key={r} value={r}>{roleName(r)}</option>)}
                </select>
              </label>
              {draft.role === 'filler' && (
                <>
                  <label className="settings-field">
                    <span>{t('accounts.area')}</span>
                    <select value={draft.area} onChange={(e) => set('area')(e.target.value)}>
                      <option value="">{t('accounts.none')}</option>
                      {areas.map((a) => <option key={a} value={a}>{a}</option>)}
                    </select>
                  </label>
                  <label className="settings-field">
                    <span>{t('accounts.unit')}</span>
                    <input value={draft.unit} list="account-units" maxLength={100} onChange={(e) => set('unit')(e.target.value)} />
                    <datalist id="account-units">{units.map((u) => <option key={u} value={u} />)}</datalist>
                    <small>{t('accounts.scopeHint')}</small>
                  </label>
                </>
              )}
              {editing.kind === 'add' && field('password', t('accounts.initialPassword'), { type: 'password', hint: t('accounts.passwordHint') })}
            </div>
          )}
        </Dialog>
      )}
    </div>
  );
}
