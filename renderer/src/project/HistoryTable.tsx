/** 变更记录: who changed what and when, before → after, and the import batch it came with. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { AmountDisplay } from '../../../shared/domain/money';
import { useMoney } from '../common/money';
import type { ChangeRecord } from '../../../shared/domain/types';
import { describeChange } from './historyText';
import { formatLocalDateTime } from '../../../shared/domain/localTime';

export function HistoryTable({ projectId, display, refreshKey }: { projectId: number; display: AmountDisplay; refreshKey: number }) {
  const { t } = useTranslation('project');
  const money = useMoney(display);
  const [rows, setRows] = useState<ChangeRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    void api('history.list', { projectId, limit: 1000 }).then((r) => { if (live) setRows(r); });
    return () => { live = false; };
  }, [projectId, refreshKey]);
  if (!rows) return <div className="view-state" role="status">…</div>;
  if (!rows.length) return <p className="empty-note">{t('history.empty')}</p>;
  return (
    <table className="edit-table history-table">
      <thead>
        <tr>
          <th scope="col">{t('history.at')}</th>
          <th scope="col">{t('history.actor')}</th>
          <th scope="col">{t('history.field')}</th>
          <th scope="col">{t('history.change')}</th>
          <th scope="col">{t('history.batch')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const text = describeChange(r, money);
          return (
            <tr key={r.id}>
              <td className="history-at">{formatLocalDateTime(r.at, { seconds: true })}</td>
              <td>{r.actor}</td>
              <td>{text.field}</td>
              <td className="history-change">
                <span className="before">{text.before}</span>
                <span className="arrow" aria-hidden="true"> → </span>
                <span className="after">{text.after}</span>
              </td>
              <td>{r.batchId ? t('history.batchNo', { id: r.batchId }) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
