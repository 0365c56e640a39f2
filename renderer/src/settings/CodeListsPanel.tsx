/** 代码表: each list's values with their usage; add, rename (projects follow), reorder, retire, delete. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { useApiQuery } from '../common/useApiQuery';
import { useNoticeRunner } from './useNoticeRunner';
import type { CodeListEntry } from '../../../shared/api/codeLists';
import { CODE_LIST_NAMES, type CodeListName } from '../../../shared/domain/types';

export function CodeListsPanel() {
  const { t, i18n } = useTranslation('settings');
  const en = i18n.resolvedLanguage === 'en';
  const [entries, reload] = useApiQuery('codeLists.entries', {});
  const [list, setList] = useState<CodeListName>('chain');
  const [adding, setAdding] = useState('');
  const [renaming, setRenaming] = useState<CodeListEntry | null>(null);
  const [renameTo, setRenameTo] = useState('');
  const { notice, setNotice, busy, run } = useNoticeRunner(() => reload());

  if (entries.status !== 'ok') return <p className="view-state">{entries.status === 'error' ? t('failed', { message: en ? entries.messageEn : entries.message }) : t('loading')}</p>;
  const rows = entries.data.filter((e) => e.list === list);
  const move = (index: number, by: -1 | 1) => {
    const values = rows.map((r) => r.value);
    const [v] = values.splice(index, 1);
    values.splice(index + by, 0, v!);
    void run(async () => { await api('codeLists.reorder', { list, values }); return t('saved'); });
  };
  const add = () => {
    const value = adding.trim();
    if (!value) return;
    void run(async () => { await api('codeLists.add', { list, value }); setAdding(''); return t('codes.added', { value }); });
  };
  const rename = async () => {
    if (!renaming) return;
    const from = renaming.value;
    const to = renameTo.trim();
    const ok = await run(async () => {
      const r = await api('codeLists.rename', { list, value: from, to });
      return t(r.merged ? 'codes.merged' : 'codes.renamed', { from, to, n: r.projects });
    });
    if (ok) setRenaming(null);
  };

  return (
    <div className="settings-codes">
      <p className="settings-note">{t('codes.hint')}</p>
      <div className="settings-tabs" role="tablist" aria-label={t('sections.codes')}>
        {CODE_LIST_NAMES.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={name === list} className={name === list ? 'active' : ''} onClick={() => { setList(name); setNotice(null); }}>
            {t(`lists.${name}`)} <span className="settings-count">{entries.data.filter((e) => e.list === name).length}</span>
          </button>
        ))}
      </div>
      <table className="settings-table" aria-label={t(`lists.${list}`)}>
        <thead>
          <tr><th scope="col">{t('codes.value')}</th><th scope="col" className="num">{t('codes.usage')}</th><th scope="col">{t('codes.status')}</th><th scope="col">{t('codes.actions')}</th></tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.value} className={r.retired ? 'retired' : ''}>
              <td>{r.value}</td>
              <td className="num">{r.usage}</td>
              <td>{r.retired ? t('codes.retired') : t('codes.inUse')}</td>
              <td className="settings-actions">
                <button type="button" className="link" disabled={busy || i === 0} onClick={() => move(i, -1)} aria-label={`${t('codes.up')} ${r.value}`}>↑</button>
                <button type="button" className="link" disabled={busy || i === rows.length - 1} onClick={() => move(i, 1)} aria-label={`${t('codes.down')} ${r.value}`}>↓</button>
                <button type="button" className="link" disabled={busy} onClick={() => { setRenaming(r); setRenameTo(r.value); setNotice(null); }}>{t('codes.rename')}</button>
                <button type="button" className="link" disabled={busy} onClick={() => void run(async () => { await api('codeLists.retire', { list, value: r.value, retired: !r.retired }); return t('saved'); })}>
                  {r.retired ? t('codes.unretire') : t('codes.retire')}
                </button>
                <button type="button" className="link danger" disabled={busy || r.usage > 0} title={r.usage > 0 ? t('codes.removeBlocked', { n: r.usage }) : undefined}
                  onClick={() => void run(async () => { await api('codeLists.remove', { list, value: r.value }); return t('codes.removed', { value: r.value }); })}>
                  {t('codes.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="settings-add" onSubmit={(e) => { e.preventDefault(); add(); }}>
        <input value={adding} maxLength={40} placeholder={t('codes.addPlaceholder', { list: t(`lists.${list}`) })} aria-label={t('codes.addPlaceholder', { list: t(`lists.${list}`) })} onChange={(e) => setAdding(e.target.value)} />
        <button type="submit" className="button-primary" disabled={busy || !adding.trim()}>{t('codes.add')}</button>
      </form>
      {notice && <p className={notice.tone === 'ok' ? 'settings-ok' : 'settings-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>{notice.text}</p>}
      <p className="settings-note">{t('codes.stages')}</p>
      {renaming && (
        <Dialog title={t('codes.renameTitle', { list: t(`lists.${list}`), value: renaming.value })} submitLabel={t('save')} cancelLabel={t('cancel')} busy={busy}
          error={notice?.tone === 'error' ? notice.text : null} onClose={() => setRenaming(null)} onSubmit={() => void rename()}>
          <label className="settings-field">
            <span>{t('codes.renameLabel')}</span>
            <input value={renameTo} maxLength={40} autoFocus onChange={(e) => setRenameTo(e.target.value)} />
            <small>{t('codes.renameHint', { n: renaming.usage })}</small>
          </label>
        </Dialog>
      )}
    </div>
  );
}
