/**
 * 节点计划: the schedule as an editable table — planned and actual dates, percent, note; add,
 * remove, reorder; 按模板生成 from the signing date; 后续节点顺延 when a planned date moves.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import type { NodeTemplate, ProjectRow, ScheduleNodeWithLight } from '../../../shared/domain/types';
import { NodeRow, type NodeChanges } from './NodeRow';
import { TemplatePanel } from './TemplatePanel';

interface Props {
  project: ProjectRow;
  nodes: ScheduleNodeWithLight[];
  templates: NodeTemplate[];
  onSaved: () => Promise<void>;
}

const COLUMNS = ['seq', 'name', 'milestone', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'percent', 'light', 'note', 'actions'] as const;

export function NodeTable({ project, nodes, templates, onSaved }: Props) {
  const { t, i18n } = useTranslation('project');
  const en = i18n.resolvedLanguage === 'en';
  const [shift, setShift] = useState(true);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      await onSaved();
    } catch (err) {
      setError(errorText(err, en));
    }
  };

  const change = async (node: ScheduleNodeWithLight, changes: NodeChanges) => {
    const moved = 'plannedStart' in changes || 'plannedEnd' in changes;
    await run(() => api('nodes.update', { id: node.id, changes, shiftFollowing: shift && moved }));
  };

  const add = () => run(() => api('nodes.add', {
    projectId: project.id,
    after: nodes.at(-1)?.id ?? null,
    node: { name: t('nodes.newName'), milestone: false, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, percent: 0, note: '' },
  }));

  return (
    <div className="node-panel">
      <div className="panel-toolbar">
        <button type="button" className="button-primary small" onClick={() => void add()}>＋ {t('nodes.add')}</button>
        <button type="button" className="button-secondary small" aria-expanded={templateOpen} onClick={() => setTemplateOpen((o) => !o)}>{t('nodes.template')}</button>
        <label className="check-label">
          <input type="checkbox" checked={shift} onChange={(e) => setShift(e.target.checked)} />
          {t('nodes.shift')}
        </label>
      </div>
      {templateOpen && (
        <TemplatePanel
          project={project} count={nodes.length} templates={templates} onCancel={() => setTemplateOpen(false)}
          onApply={(templateId, start) => void run(() => api('nodes.applyTemplate', { projectId: project.id, templateId, start })).then(() => setTemplateOpen(false))}
        />
      )}
      {error && <div className="banner" role="alert">{error}</div>}
      {nodes.length === 0 ? (
        <p className="empty-note">{t('nodes.empty')}</p>
      ) : (
        <table className="edit-table node-table">
          <thead>
            <tr>{COLUMNS.map((c) => <th key={c} className={`node-${c}`} scope="col">{t(`nodes.${c}`)}</th>)}</tr>
          </thead>
          <tbody>
            {nodes.map((node, i) => (
              <NodeRow
                key={`${node.id}:${node.seq}:${node.name}:${node.plannedStart}:${node.plannedEnd}:${node.actualStart}:${node.actualEnd}:${node.percent}:${node.note}`}
                node={node} first={i === 0} last={i === nodes.length - 1}
                onChange={change}
                onMove={(n, direction) => void run(() => api('nodes.move', { id: n.id, direction }))}
                onRemove={(n) => { if (window.confirm(t('nodes.removeConfirm', { name: n.name }))) void run(() => api('nodes.remove', { id: n.id })); }}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
