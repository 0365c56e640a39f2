/**
 * 督办清单: every open 卡点 of the register, overdue first, filtered by the department asked;
 * solve one where it stands, open its project, export the 督办单 of a department (or of all, a sheet each).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { projectHref } from '../app/useHashRoute';
import { errorText } from '../common/errorText';
import { useApiQuery } from '../common/useApiQuery';
import { useSessionState } from '../common/useSessionState';
import { base64ToBytes, downloadBytes } from '../reports/download';
import { PROBLEM_STATUSES, type ProblemStatusFilter } from '../../../shared/api/plainValues';
import type { ProblemRow } from '../../../shared/domain/problems';
import { DueBadge } from '../problems/DueBadge';
import { ResolveDialog } from '../problems/ResolveDialog';
import '../problems/strings';
import '../problems/problems.css';

const isStatus = (v: unknown): v is ProblemStatusFilter => typeof v === 'string' && (PROBLEM_STATUSES as readonly string[]).includes(v);
const isText = (v: unknown): v is string => typeof v === 'string';

function matches(p: ProblemRow, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || [p.projectName, p.projectCode, p.text, p.nodeName ?? '', p.leader].some((s) => s.toLowerCase().includes(q));
}

export function ProblemsPanel() {
  const { t, i18n } = useTranslation('problems');
  const en = i18n.resolvedLanguage === 'en';
  const [status, setStatus] = useSessionState<ProblemStatusFilter>('problems.status', 'open', isStatus);
  const [department, setDepartment] = useSessionState<string>('problems.department', '', isText);
  const [query, setQuery] = useState('');
  const [resolving, setResolving] = useState<ProblemRow | null>(null);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [state, reload] = useApiQuery('problems.list', { status, ...(department ? { department } : {}) }, { live: true });

  const exportSheet = async (only: string | undefined) => {
    setNotice(null);
    try {
      const file = await api('problems.export', only ? { department: only } : {});
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
      setNotice({ error: false, text: t('list.exported', { file: file.fileName }) });
    } catch (err) {
      setNotice({ error: true, text: errorText(err, en) });
    }
  };

  if (state.status === 'loading') return <div className="view-state" role="status" data-section="problems">…</div>;
  if (state.status === 'error') return <p className="problem-notice error" role="alert" data-section="problems">{en ? state.messageEn : state.message}</p>;
  const list = state.data;
  const rows = list.rows.filter((p) => matches(p, query));
  // A department chosen earlier that no longer has problems of this status stays offered, with 0.
  const departments = department && !list.departments.some((d) => d.name === department)
    ? [...list.departments, { name: department, count: 0, open: 0, overdue: 0 }] : list.departments;

  return (
    <div className="problems-panel" data-section="problems">
      <p className="problem-summary">
        {t('list.summary', { today: list.today, open: list.open })}
        <strong className={list.overdue ? 'has-overdue' : ''}>{t('list.overdueCount', { overdue: list.overdue })}</strong>
      </p>
      <div className="problem-filters">
        <label>
          {t('list.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as ProblemStatusFilter)}>
            {PROBLEM_STATUSES.map((s) => <option key={s} value={s}>{t(`list.statuses.${s}`)}</option>)}
          </select>
        </label>
        <label>
          {t('list.department')}
          <select value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">{t('list.allDepartments')}</option>
            {departments.map((d) => <option key={d.name} value={d.name}>{t('list.departmentOption', { name: d.name, count: d.count, overdue: d.overdue })}</option>)}
          </select>
        </label>
        <input type="search" value={query} placeholder={t('list.search')} aria-label={t('list.search')} onChange={(e) => setQuery(e.target.value)} />
        <span className="form-hint">{t('list.count', { count: rows.length })}</span>
        <span className="spacer" />
        {department
          ? <button type="button" className="button-secondary small" onClick={() => void exportSheet(department)}>{t('list.export')}</button>
          : <button type="button" className="button-secondary small" onClick={() => void exportSheet(undefined)}>{t('list.exportAll')}</button>}
      </div>
      {notice && <p className={notice.error ? 'problem-notice error' : 'problem-notice'} role={notice.error ? 'alert' : 'status'}>{notice.text}</p>}
      {rows.length === 0 ? (
        <p className="empty-note">{list.open === 0 && status === 'open' ? t('list.emptyOpen') : t('list.empty')}</p>
      ) : (
        <table className="edit-table problem-table" aria-label={t('columns.text')}>
          <thead>
            <tr>
              {(['status', 'project', 'node', 'text', 'department', 'promisedOn', 'leader', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} className={p.due.state === 'overdue' ? 'problem-overdue' : p.due.state === 'resolved' ? 'problem-resolved' : ''}>
                <td className="problem-status"><DueBadge due={p.due} /></td>
                <td>
                  <a href={`${projectHref(p.projectId, 'monthly')}&tab=problems`}>{p.projectName}</a>
                  <span className="problem-note">{p.projectCode}</span>
                </td>
                <td>{p.nodeName ?? t('wholeProject')}</td>
                <td className="problem-text">
                  {p.text}
                  {p.resolvedOn && <span className="problem-note">{t('tab.solvedOn', { date: p.resolvedOn, resolution: p.resolution })}</span>}
                </td>
                <td>{p.department}</td>
                <td className="problem-date">{p.promisedOn ?? '—'}</td>
                <td>{p.leader}</td>
                <td className="problem-actions">
                  {!p.resolvedOn && <button type="button" className="button-primary small" aria-label={`${t('resolve')} ${p.text}`} onClick={() => setResolving(p)}>{t('resolve')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {resolving && (
        <ResolveDialog problem={resolving} today={list.today} onClose={() => setResolving(null)}
          onResolve={async (resolution, resolvedOn) => {
            await api('problems.resolve', { id: resolving.id, resolution, resolvedOn, version: resolving.projectVersion });
            setResolving(null);
            reload();
          }} />
      )}
    </div>
  );
}
