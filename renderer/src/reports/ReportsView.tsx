/** 报表: choose a report, its period, unit, grouping and scope, and save it as .xlsx; the project list as CSV. */
import './strings';
import './reports.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApiQuery } from '../common/useApiQuery';
import { ApiCallError } from '../../../shared/errors';
import { suggestCsvFileName, suggestReportFileName } from '../../../shared/reports/fileName';
import { projectListCsv } from '../../../shared/reports/projectCsv';
import type { ReportId } from '../../../shared/reports/reportIds';
import { ReportPicker } from './ReportPicker';
import { ReportOptions, type ReportChoices, type Scope } from './ReportOptions';
import { base64ToBytes, downloadBytes, downloadCsv } from './download';
import { SupervisionExport } from './SupervisionExport';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

function monthText(choices: ReportChoices): string {
  return `${choices.year}-${String(choices.monthNumber).padStart(2, '0')}`;
}

function cleanScope(scope: Scope): Scope | undefined {
  const entries = Object.entries(scope).filter(([, v]) => v);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

export function ReportsView() {
  const { t, i18n } = useTranslation('reports');
  const [info] = useApiQuery('data.info', {});
  const [lists] = useApiQuery('codeLists.get', {});
  const [settings] = useApiQuery('settings.get', {});
  const [report, setReport] = useState<ReportId>('progress');
  const [picked, setPicked] = useState<ReportChoices | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  if (info.status !== 'ok' || lists.status !== 'ok') {
    const failed = info.status === 'error' ? info : lists.status === 'error' ? lists : null;
    return (
      <div className={`view-state ${failed ? 'view-error' : ''}`} role={failed ? 'alert' : 'status'}>
        {failed ? t('failed', { message: i18n.resolvedLanguage === 'en' ? failed.messageEn : failed.message }) : t('loading')}
      </div>
    );
  }
  const today = info.data.today;
  const thisYear = Number(today.slice(0, 4));
  // On 1 December the month with figures is November, not 1–12月 (see reportingMonth.ts).
  const reportingMonth = info.data.reportingMonth;
  const choices: ReportChoices = picked ?? { year: Number(reportingMonth.slice(0, 4)), monthNumber: Number(reportingMonth.slice(5, 7)), unit: '万元', by: undefined, scope: {} };
  const reportingUnit = settings.status === 'ok' ? settings.data.reportingUnit : '';
  const fileName = suggestReportFileName(report, monthText(choices), reportingUnit);
  const failure = (err: unknown) => {
    const text = err instanceof ApiCallError ? (i18n.resolvedLanguage === 'en' ? err.body.messageEn : err.body.message) : String(err);
    setStatus({ kind: 'error', text: t('failed', { message: text }) });
  };

  const exportReport = async () => {
    setStatus({ kind: 'busy' });
    try {
      const filter = cleanScope(choices.scope);
      const file = await api('reports.export', {
        report, month: monthText(choices), unit: choices.unit,
        ...(choices.by ? { by: choices.by } : {}), ...(filter ? { filter } : {}),
      });
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
      setStatus({ kind: 'done', text: t('exported', { file: file.fileName, count: file.projects }) });
    } catch (err) {
      failure(err);
    }
  };

  const exportCsv = async () => {
    setStatus({ kind: 'busy' });
    try {
      const rows = await api('projects.list', cleanScope(choices.scope) ?? {});
      const name = suggestCsvFileName('项目清单', today);
      downloadCsv(projectListCsv(rows, choices.unit), name);
      setStatus({ kind: 'done', text: t('csvExported', { file: name, count: rows.length }) });
    } catch (err) {
      failure(err);
    }
  };

  return (
    <section className="reports" aria-labelledby="reports-title">
      {/* The top bar already shows the view's name: here only what the view is for. */}
      <p className="reports-intro" id="reports-title">{t('subtitle')}</p>
      <div className="reports-body">
        <ReportPicker value={report} onChange={(id) => { setReport(id); setStatus({ kind: 'idle' }); }} />
        <div className="reports-panel">
          <h3>{t('options')}</h3>
          <ReportOptions report={report} choices={choices} onChange={setPicked}
            years={Array.from({ length: 6 }, (_, i) => thisYear - 4 + i)}
            lists={{ chain: lists.data.chain, area: lists.data.area, level: lists.data.level }} />
          <div className="reports-actions">
            <div className="file-name">
              <span>{t('fileName')}</span>
              {/* Chinese like the report: it is sent to leaders who read Chinese file names. */}
              <code lang="zh-CN">{fileName}</code>
              {t('fileNameNote') && <small className="file-name-note">{t('fileNameNote')}</small>}
            </div>
            <button type="button" className="button-primary" onClick={() => void exportReport()} disabled={status.kind === 'busy'}>
              {status.kind === 'busy' ? t('exporting') : t('export')}
            </button>
          </div>
          <p className={`reports-status reports-status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
          </p>
          <div className="reports-csv">
            <div>
              <h3>{t('csvTitle')}</h3>
              <p>{t('csvHint')}</p>
            </div>
            <button type="button" className="button-secondary" onClick={() => void exportCsv()} disabled={status.kind === 'busy'}>{t('csvExport')}</button>
          </div>
          <SupervisionExport />
        </div>
      </div>
    </section>
  );
}
