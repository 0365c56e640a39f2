/**
 * 节点计划: the schedule as an editable table — planned and actual dates, percent, note; add,
 * remove, reorder; 按模板生成 from the signing date; 后续节点顺延 when a planned date moves.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { NodeTemplate, ProjectRow, ScheduleNodeWithLight } from '../../../shared/domain/types';
import { NodeRow, type NodeChanges } from './NodeRow';
import { TemplatePanel } from './TemplatePanel';
import { SaveBanner, saveProblem, type SaveProblem } from './SaveBanner';
import type { ProjectWrite } from './useProjectData';

interface Props {
  project: ProjectRow;
  nodes: ScheduleNodeWithLight[];
  templates: NodeTemplate[];
  /** Every schedule write goes through here, carrying the project version the page holds. */
  write: ProjectWrite;
  onReload: () => void;
}

const COLUMNS = ['seq', 'name', 'milestone', 'plannedStart', 'plannedEnd', 'actualStart', 'actualEnd', 'percent', 'light', 'note', 'actions'] as const;

export function NodeTable({ project, nodes, templates, write, onReload }: Props) {
  const { t, i18n } = useTranslation('project');
  const en = i18n.resolvedLanguage === 'en';
  const [shift, setShift] = useState(true);
  const [templateOpen, setTemplateOpen] = useState(false);
  const [error, setError] = useState<SaveProblem | null>(null);

  // The banner stays until a save succeeds: clearing it as a save starts would pull the
  // 载入最新数据 button away from under a click that blurred a cell (and so saved it again).
  const run = async (call: (version: number | undefined) => Promise<unknown>) => {
    try {
      await write(call);
      setError(null);
    } catch (err) {
      setError(saveProblem(err, en));
    }
  };

  const change = async (node: ScheduleNodeWithLight, changes: NodeChanges) => {
    const moved = 'plannedStart' in changes || 'plannedEnd' in changes;
    await run((version) => api('nodes.update', { id: node.id, changes, shiftFollowing: shift && moved, version }));
  };

  const add = () => run((version) => api('nodes.add', {
    projectId: project.id,
    version,
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
          onApply={(templateId, start) => void run((version) => api('nodes.applyTemplate', { projectId: project.id, templateId, start, version })).then(() => setTemplateOpen(false))}
        />
      )}
      {error && <SaveBanner problem={error} onReload={onReload} />}
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
                onMove={(n, direction) => void run((version) => api('nodes.move', { id: n.id, direction, version }))}
                onRemove={(n) => { if (window.confirm(t('nodes.removeConfirm', { name: n.name }))) void run((version) => api('nodes.remove', { id: n.id, version })); }}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
