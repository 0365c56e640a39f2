/** 导入记录: recent batches with their counts, and 撤销 for those still in effect. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApiQuery } from '../common/useApiQuery';
import { ApiCallError } from '../../../shared/errors';
import type { ImportBatch } from '../../../shared/import/types';
import { formatLocalDateTime } from '../../../shared/domain/localTime';

export function BatchList() {
  const { t, i18n } = useTranslation('import');
  const [batches, reload] = useApiQuery('imports.batches', {});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const en = i18n.resolvedLanguage === 'en';
  const undo = async (b: ImportBatch) => {
    if (!window.confirm(t('batches.confirmUndo', { id: b.id, file: b.fileName }))) return;
    try {
      await api('imports.undo', { batchId: b.id });
      setMessage({ text: t('done.undone', { id: b.id }), error: false });
    } catch (err) {
      setMessage({ text: err instanceof ApiCallError ? (en ? err.body.messageEn : err.body.message) : String(err), error: true });
    }
    reload();
  };
  const modeLabel = (mode: string) => t(mode === 'add' ? 'mapping.modeAdd' : mode === 'update' ? 'mapping.modeUpdate' : mode === 'collect' ? 'mapping.modeCollect' : 'mapping.modeUpsert');
  return (
    <section className="import-panel" aria-label={t('batches.title')}>
      <h2>{t('batches.title')}</h2>
      {message && <p className={message.error ? 'import-error inline' : 'import-ok'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      {batches.status === 'ok' && batches.data.length === 0 && <p className="import-muted">{t('batches.empty')}</p>}
      {batches.status === 'ok' && batches.data.length > 0 && (
        <table className="import-table">
          <thead>
            <tr><th>{t('batches.id')}</th><th>{t('batches.file')}</th><th>{t('batches.at')}</th><th>{t('batches.mode')}</th><th className="num">{t('batches.counts')}</th><th>{t('batches.state')}</th><th /></tr>
          </thead>
          <tbody>
            {batches.data.map((b) => (
              <tr key={b.id}>
                <td>{b.id}</td>
                <td>{b.fileName}</td>
                <td>{formatLocalDateTime(b.createdAt)}</td>
                <td>{modeLabel(b.mode)}</td>
                <td className="num">{b.added} / {b.updated} / {b.rejected}</td>
                <td>{b.undoneAt ? <span className="tag grey">{t('batches.undone')}</span> : <span className="tag green">{t('batches.active')}</span>}</td>
                <td>{!b.undoneAt && <button type="button" className="link-button" onClick={() => void undo(b)}>{t('batches.undo')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
