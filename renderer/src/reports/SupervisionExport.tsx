/** 卡点督办单 among the reports: one department's open 卡点 (or every department's, a sheet each) as .xlsx. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import { useApiQuery } from '../common/useApiQuery';
import { base64ToBytes, downloadBytes } from './download';
import '../problems/strings';
import '../problems/problems.css';

export function SupervisionExport() {
  const { t, i18n } = useTranslation('problems');
  const [list] = useApiQuery('problems.list', { status: 'open' }, { live: true });
  const [department, setDepartment] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const departments = list.status === 'ok' ? list.data.departments : [];
  const chosen = departments.some((d) => d.name === department) ? department : '';

  const exportSheet = async () => {
    setMessage(null);
    try {
      const file = await api('problems.export', chosen ? { department: chosen } : {});
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
      setMessage({ error: false, text: t('list.exported', { file: file.fileName }) });
    } catch (err) {
      setMessage({ error: true, text: errorText(err, i18n.resolvedLanguage === 'en') });
    }
  };

  return (
    <div className="reports-csv supervision-export">
      <div>
        <h3>{t('report.title')}</h3>
        <p>{t('report.hint')}</p>
        {message && <p className={message.error ? 'problem-notice error' : 'problem-notice'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      </div>
      <div className="supervision-export-actions">
        <select aria-label={t('list.department')} value={chosen} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">{t('report.every')}</option>
          {departments.map((d) => <option key={d.name} value={d.name}>{t('list.departmentOption', { name: d.name, count: d.count, overdue: d.overdue })}</option>)}
        </select>
        <button type="button" className="button-secondary" disabled={!departments.length} onClick={() => void exportSheet()}>{t('report.export')}</button>
      </div>
    </div>
  );
}
