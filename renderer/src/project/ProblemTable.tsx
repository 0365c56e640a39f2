/**
 * 卡点 of a project: each with its node, the department asked, the promise and where it stands;
 * record, edit, solve, reopen, delete. Writes carry the project version the page holds.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import type { ProblemRow } from '../../../shared/domain/problems';
import type { ProjectRow, ScheduleNodeWithLight } from '../../../shared/domain/types';
import { DueBadge } from '../problems/DueBadge';
import { ProblemDialog, type ProblemDraft } from '../problems/ProblemDialog';
import { ResolveDialog } from '../problems/ResolveDialog';
import '../problems/strings';
import '../problems/problems.css';
import type { ProjectWrite } from './useProjectData';

interface Props {
  project: ProjectRow;
  nodes: ScheduleNodeWithLight[];
  today: string;
  write: ProjectWrite;
}

type Editing = { kind: 'add' } | { kind: 'edit'; problem: ProblemRow } | { kind: 'resolve'; problem: ProblemRow } | null;

export function ProblemTable({ project, nodes, today, write }: Props) {
  const { t, i18n } = useTranslation('problems');
  const en = i18n.resolvedLanguage === 'en';
  const [rows, setRows] = useState<ProblemRow[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);

  // Every write bumps the project's version, so the list is re-read with it.
  useEffect(() => {
    let live = true;
    api('problems.list', { projectId: project.id, status: 'all' }).then((list) => { if (live) setRows(list.rows); }, (err: unknown) => { if (live) setError(errorText(err, en)); });
    return () => { live = false; };
  }, [project.id, project.version, en]);

  const run = async (call: (version: number | undefined) => Promise<unknown>) => {
    await write(call);
    setEditing(null);
    setError(null);
  };
  const quietly = (call: (version: number | undefined) => Promise<unknown>) => run(call).catch((err: unknown) => setError(errorText(err, en)));

  const current = nodes.find((n) => !n.actualEnd)?.id ?? null;
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const note = (p: ProblemRow): string | null => {
    if (p.due.state !== 'overdue') return null;
    if (p.nodeId !== null) return nodeById.get(p.nodeId)?.light.reason ? t('tab.reddens', { node: p.nodeName }) : null;
    return project.light.reason.startsWith('卡点逾期') ? t('tab.reddensProject') : null;
  };
  const solved = rows?.filter((r) => r.due.state === 'resolved').length ?? 0;

  return (
    <div className="problem-panel">
      <p className="problem-intro">{t('tab.intro')}</p>
      <div className="panel-toolbar">
        <button type="button" className="button-primary small" onClick={() => setEditing({ kind: 'add' })}>＋ {t('add')}</button>
        {solved > 0 && <span className="form-hint">{t('tab.solved', { count: solved })}</span>}
      </div>
      {error && <p className="problem-notice error" role="alert">{error}</p>}
      {rows === null ? <div className="view-state" role="status">…</div> : rows.length === 0 ? (
        <p className="empty-note">{t('tab.empty')}</p>
      ) : (
        <table className="edit-table problem-table" aria-label={t('add')}>
          <thead>
            <tr>
              {(['status', 'node', 'text', 'department', 'promisedOn', 'createdAt', 'actions'] as const).map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => {
              const reddens = note(p);
              return (
                <tr key={p.id} className={p.due.state === 'overdue' ? 'problem-overdue' : p.due.state === 'resolved' ? 'problem-resolved' : ''}>
                  <td className="problem-status"><DueBadge due={p.due} /></td>
                  <td>{p.nodeName ?? t('wholeProject')}</td>
                  <td className="problem-text">
                    {p.text}
                    {reddens && <span className="problem-note red">{reddens}</span>}
                    {p.resolvedOn && <span className="problem-note">{t('tab.solvedOn', { date: p.resolvedOn, resolution: p.resolution })}</span>}
                  </td>
                  <td>{p.department}</td>
                  <td className="problem-date">{p.promisedOn ?? '—'}</td>
                  <td className="problem-date">{p.createdAt.slice(0, 10)}</td>
                  <td className="problem-actions">
                    {p.resolvedOn ? (
                      <button type="button" className="button-secondary small" onClick={() => void quietly((version) => api('problems.reopen', { id: p.id, version }))}>{t('reopen')}</button>
                    ) : (
                      <>
                        <button type="button" className="button-primary small" aria-label={`${t('resolve')} ${p.text}`} onClick={() => setEditing({ kind: 'resolve', problem: p })}>{t('resolve')}</button>
                        <button type="button" className="button-secondary small" aria-label={`${t('edit')} ${p.text}`} onClick={() => setEditing({ kind: 'edit', problem: p })}>{t('edit')}</button>
                      </>
                    )}
                    <button type="button" className="icon-button danger" aria-label={`${t('remove')} ${p.text}`} title={t('remove')}
                      onClick={() => { if (window.confirm(t('removeConfirm', { text: p.text }))) void quietly((version) => api('problems.remove', { id: p.id, version })); }}>✕</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing?.kind === 'add' && (
        <ProblemDialog nodes={nodes} initialNodeId={current} onClose={() => setEditing(null)}
          onSave={(d: ProblemDraft) => run((version) => api('problems.create', { projectId: project.id, ...d, version }))} />
      )}
      {editing?.kind === 'edit' && (
        <ProblemDialog nodes={nodes} problem={editing.problem} onClose={() => setEditing(null)}
          onSave={(d: ProblemDraft) => run((version) => api('problems.update', { id: editing.problem.id, changes: d, version }))} />
      )}
      {editing?.kind === 'resolve' && (
        <ResolveDialog problem={editing.problem} today={today} onClose={() => setEditing(null)}
          onResolve={(resolution, resolvedOn) => run((version) => api('problems.resolve', { id: editing.problem.id, resolution, resolvedOn, version }))} />
      )}
    </div>
  );
}
