/** 数据: where the database is, backups (now, daily, the list), restore, integrity check, clearing. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { formatLocalDateTime } from '../../../shared/domain/localTime';
import { useApiQuery } from '../common/useApiQuery';
import type { Settings } from '../../../shared/domain/types';
import { SaveRow } from './SaveRow';
import { useSettingsDraft } from './useSettingsDraft';
import { useNoticeRunner } from './useNoticeRunner';

const KEYS = ['dailyBackup', 'backupKeepDays'] as const;

export function DataPanel({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t } = useTranslation('settings');
  const [info, reloadInfo] = useApiQuery('data.info', {}, { live: true });
  const [backups, reloadBackups] = useApiQuery('data.backups', {});
  const { draft, set, save, dirty, state } = useSettingsDraft(settings, onSaved);
  const { notice, setNotice, busy, run } = useNoticeRunner(() => {
    reloadBackups();
    reloadInfo();
  });
  const [restoring, setRestoring] = useState<string | null>(null);
  const [otherPath, setOtherPath] = useState('');
  const [clearing, setClearing] = useState(false);
  const [confirmText, setConfirmText] = useState('');

  const path = info.status === 'ok' ? info.data.databasePath : '';

  return (
    <div className="settings-data">
      <section>
        <h4>{t('data.location')}</h4>
        <div className="settings-row">
          <code className="settings-path">{path}</code>
          <button type="button" className="button-secondary small" onClick={() => void navigator.clipboard?.writeText(path).then(() => setNotice({ tone: 'ok', text: t('data.copied') }))}>{t('data.copyPath')}</button>
        </div>
        {info.status === 'ok' && <p className="settings-muted">{t('data.facts', { version: info.data.schemaVersion, count: info.data.projectCount, archived: info.data.archivedCount })}</p>}
      </section>

      <section>
        <h4>{t('data.backups')}</h4>
        <div className="settings-row">
          <button type="button" className="button-primary" disabled={busy} onClick={() => void run(async () => t('data.backedUp', { path: (await api('data.backup', {})).path }))}>{t('data.backupNow')}</button>
          <button type="button" className="button-secondary" disabled={busy} onClick={() => void run(async () => {
            const r = await api('data.check', {});
            if (!r.ok) throw new Error(t('data.checkBad', { problems: [...r.integrity.filter((l) => l !== 'ok'), ...r.foreignKeys.map((f) => `${f.table}#${f.rowid}`)].slice(0, 5).join('；') }));
            return t('data.checkOk');
          })}>{t('data.check')}</button>
        </div>
        <label className="settings-check">
          <input type="checkbox" checked={draft.dailyBackup} onChange={(e) => set('dailyBackup', e.target.checked)} />
          <span>{t('data.daily')}</span>
        </label>
        <label className="settings-field settings-number">
          <span>{t('data.keepDays')}</span>
          <input type="number" min={1} max={3650} value={draft.backupKeepDays} onChange={(e) => set('backupKeepDays', Math.max(1, Math.min(3650, Math.round(Number(e.target.value) || 1))))} />
        </label>
        <SaveRow state={state} dirty={dirty(KEYS)} onSave={() => void save(KEYS)} />
        {backups.status === 'ok' && (backups.data.length === 0 ? <p className="settings-muted">{t('data.noBackups')}</p> : (
          <table className="settings-table" aria-label={t('data.backups')}>
            <tbody>
              {backups.data.map((b) => (
                <tr key={b.path}>
                  <td><code>{b.path.split(/[\\/]/).pop()}</code></td>
                  <td>{formatLocalDateTime(b.modifiedAt)}</td>
                  <td className="num">{t('data.size', { mb: (b.sizeBytes / 1048576).toFixed(1) })}</td>
                  <td><button type="button" className="link" disabled={busy} onClick={() => setRestoring(b.path)}>{t('data.restore')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <form className="settings-add" onSubmit={(e) => { e.preventDefault(); if (otherPath.trim()) setRestoring(otherPath.trim()); }}>
          <input value={otherPath} placeholder={t('data.restorePath')} aria-label={t('data.restoreFrom')} onChange={(e) => setOtherPath(e.target.value)} />
          <button type="submit" className="button-secondary" disabled={busy || !otherPath.trim()}>{t('data.restore')}</button>
        </form>
      </section>

      <section>
        <button type="button" className="button-danger" disabled={busy} onClick={() => { setClearing(true); setConfirmText(''); }}>{t('data.clear')}</button>
      </section>

      {notice && <p className={notice.tone === 'ok' ? 'settings-ok' : 'settings-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>{notice.text}</p>}

      {restoring && (
        <Dialog title={t('data.restoreTitle')} submitLabel={t('data.restore').replace('…', '')} cancelLabel={t('cancel')} busy={busy} onClose={() => setRestoring(null)}
          onSubmit={() => void run(async () => {
            const r = await api('data.restore', { from: restoring });
            return t('data.restored', { count: r.projectCount, previous: r.previous ?? '—' });
          }).then(() => setRestoring(null))}>
          <p>{t('data.restoreConfirm', { path: restoring })}</p>
        </Dialog>
      )}
      {clearing && (
        <Dialog title={t('data.clearTitle')} submitLabel={t('data.clear').replace('…', '')} cancelLabel={t('cancel')} busy={busy} onClose={() => setClearing(false)}
          onSubmit={() => void run(async () => {
            // The word is the UI's (清空, or CLEAR in English); the service asks for 清空 whatever the language.
            if (confirmText.trim().toUpperCase() !== t('data.clearWord').toUpperCase()) throw new Error(t('data.clearMismatch', { word: t('data.clearWord') }));
            return t('data.cleared', { n: (await api('data.clear', { confirm: '清空' })).removed });
          }).then((ok) => { if (ok) setClearing(false); })}>
          <label className="settings-field">
            <span>{t('data.clearHint', { word: t('data.clearWord') })}</span>
            <input value={confirmText} autoFocus onChange={(e) => setConfirmText(e.target.value)} />
          </label>
        </Dialog>
      )}
    </div>
  );
}

